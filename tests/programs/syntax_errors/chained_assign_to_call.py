# 'x = f() = 3': a chained assignment to a call has no 'here. Maybe...'.
def f():
    pass


x = f() = 3
