# A tracing decorator forwards *args and **kwargs untouched.
def trace(func):
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args} {kwargs}")
        result = func(*args, **kwargs)
        print(f"<- {result!r}")
        return result
    return wrapper

@trace
def describe(a, b=2, *rest, sep="-", **extra):
    return sep.join(str(x) for x in (a, b) + rest) + str(sorted(extra))

describe(1)
describe(1, 3, 5, 7, sep="+", z=1, y=2)
