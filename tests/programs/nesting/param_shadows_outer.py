# An inner parameter with the outer name shadows it: nothing is captured.
def outer():
    x = "outer"
    def inner(x):
        return x * 2
    def reader():
        return x
    return inner, reader

inner, reader = outer()
print(inner("ab"), reader())
print(inner.__code__.co_freevars, reader.__code__.co_freevars)
print(outer.__code__.co_cellvars)
