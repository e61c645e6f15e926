# seeds/000_27bc754d294148a3.txt, 39.24 Closures and Decorators (@log_calls): wrapper closes over the original add.
def log_calls(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)

    return wrapper

@log_calls
def add(a, b):
    return a + b

print(add(2, 3))
print(add.__name__)
print(add.__code__.co_freevars)
