# 'if f() = 3:' names the function call and suggests '=='.
def f():
    return 1


if f() = 3:
    pass
