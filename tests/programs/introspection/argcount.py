# co_argcount counts positional parameters only.
def none():
    pass
def two(a, b):
    pass
def star(a, *rest):
    pass
def kwonly(a, *, b):
    pass
lam = lambda x, y=0: x

for fn in (none, two, star, kwonly, lam):
    print(fn.__name__, fn.__code__.co_argcount, fn.__code__.co_varnames)
