# Functions are objects: callable, typed, and storable in data structures.
def f():
    return 1
g = lambda: 2

print(callable(f), callable(g), callable(3), callable("f"))
print(type(f).__name__, type(g).__name__)
print(type(f) is type(g))
print(isinstance(len, type(f)), callable(len))
table = {"f": f, "g": g}
print(table["g"]())
