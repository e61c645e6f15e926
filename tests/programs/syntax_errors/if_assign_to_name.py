# 'if x = 2:' with a plain name is CPython's 'invalid syntax. Maybe you meant == or :='.
x = 1
if x = 2:
    pass
