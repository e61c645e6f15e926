# The wrapper passes arguments on, so the original function's TypeError surfaces.
def logged(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper

@logged
def pair(a, b):
    return (a, b)

print(pair(1, 2))
pair(1)
