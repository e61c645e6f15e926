# __name__ and __qualname__ can be reassigned; the code object's name stays.
def f():
    pass

f.__name__ = "renamed"
f.__qualname__ = "Outer.renamed"
print(f.__name__, f.__qualname__, f.__code__.co_name)
print(f)
