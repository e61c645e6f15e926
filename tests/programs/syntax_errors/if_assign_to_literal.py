# 'if 1 = x:' names the literal.
x = 1
if 1 = x:
    pass
