# 'if x + 1 = 2:' names an expression.
x = 1
if x + 1 = 2:
    pass
