def f(a, b=1, *args, c, d=2, **kwargs):
    return a, b, args, c, d, kwargs

def g(a, b, /, c, *, d, e=5) -> int:
    pass

def h(a: int, b: "str" = "x", *rest: int, **kw: dict) -> None:
    ...

def k(*, key):
    return key

def m(a, /):
    return a

def n(**kw):
    return kw

def o(a, b=2, /, c=3):
    return a
