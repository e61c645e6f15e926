# global at module level is allowed (and useless): no SyntaxError here.
global x
x = 5
print(x)
