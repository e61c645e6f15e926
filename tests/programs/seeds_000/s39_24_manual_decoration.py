# seeds/000_27bc754d294148a3.txt, 39.24 Closures and Decorators (conceptually): add = log_calls(add) by hand; the cell holds the original add.
def log_calls(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)

    return wrapper

def add(a, b):
    return a + b

original = add
add = log_calls(add)
print(add(4, 5))
print(add.__closure__[0].cell_contents is original)
print(add.__closure__[0].cell_contents)
