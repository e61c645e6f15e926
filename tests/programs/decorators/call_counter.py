# A decorator that counts calls with a nonlocal counter.
def counted(func):
    calls = 0
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        print(f"call {calls} of {func.__name__}")
        return func(*args, **kwargs)
    return wrapper

@counted
def add(a, b):
    return a + b

print(add(1, 2))
print(add(b=5, a=10))
print(add.__closure__[0].cell_contents)
