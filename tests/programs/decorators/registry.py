# A decorator can register functions and return them unchanged.
def make_registry():
    registered = {}
    def register(name):
        def decorator(func):
            registered[name] = func
            return func
        return decorator
    return register, registered

register, table = make_registry()

@register("double")
def d(x):
    return 2 * x

@register("negate")
def n(x):
    return -x

print(sorted(table))
print([table[k](5) for k in sorted(table)])
print(d(4), table["double"] is d)
