# co_varnames lists the parameters first, then the other locals in order of appearance.
def f(a, b=1, *args, c, d=2, **kw):
    x = 1
    y = 2
    return x + y

print(f.__code__.co_varnames)
print(f.__code__.co_argcount)
print(f.__defaults__)
print(f.__kwdefaults__)
