# nonlocal at module level, after an assignment: CPython reports the order first.
x = 1
nonlocal x
print(x)
