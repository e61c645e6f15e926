# A default value is computed in the enclosing scope once: no cell for it in the inner.
def outer():
    n = 5
    def inner(k=n):
        return k
    n = 6
    return inner

f = outer()
print(f(), f.__defaults__)
print(f.__code__.co_freevars, outer.__code__.co_cellvars)
