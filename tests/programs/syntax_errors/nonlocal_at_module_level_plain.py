# With no earlier assignment, the message names the real problem.
nonlocal x
x = 1
