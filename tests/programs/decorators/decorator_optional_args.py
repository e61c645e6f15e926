# One decorator usable as @deco and as @deco(prefix=...).
def label(func=None, *, prefix=">>"):
    def decorator(f):
        def wrapper(*args, **kwargs):
            return prefix + " " + str(f(*args, **kwargs))
        return wrapper
    if func is None:
        return decorator
    return decorator(func)

@label
def a():
    return "plain"

@label(prefix="**")
def b():
    return "custom"

print(a())
print(b())
