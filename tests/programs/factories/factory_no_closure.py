# A nested function that uses no outer name needs no closure at all.
def outer():
    def inner(x):
        return x * 2
    return inner

f = outer()
print(f(21))
print(f.__closure__)
print(f.__code__.co_freevars)
print(outer.__code__.co_cellvars)
