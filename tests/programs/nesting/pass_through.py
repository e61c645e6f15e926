# middle never uses x, but must carry it: x is free in middle too.
def outer():
    x = "from outer"
    def middle():
        def inner():
            return x
        return inner
    return middle

middle = outer()
inner = middle()
print(inner())
print(outer.__code__.co_cellvars)
print(middle.__code__.co_freevars, middle.__code__.co_cellvars)
print(inner.__code__.co_freevars)
print(middle.__closure__[0] is inner.__closure__[0])
