# The same variable seen from both sides: cell in the outer, free in the inner.
def outer():
    x = 10
    def inner():
        return x
    return inner

fn = outer()
print(outer.__code__.co_cellvars)
print(outer.__code__.co_freevars)
print(fn.__code__.co_freevars)
print(fn.__code__.co_cellvars)
