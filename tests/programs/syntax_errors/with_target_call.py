def f():
    with m() as (a, f()):
        pass
