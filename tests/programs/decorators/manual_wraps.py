# Without functools.wraps the wrapper hides the original name; copy it by hand.
def plain(func):
    def wrapper(*args):
        return func(*args)
    return wrapper

def keeps_name(func):
    def wrapper(*args):
        return func(*args)
    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = func.__qualname__
    return wrapper

@plain
def one():
    return 1

@keeps_name
def two():
    return 2

print(one.__name__, one.__qualname__)
print(two.__name__, two.__qualname__)
