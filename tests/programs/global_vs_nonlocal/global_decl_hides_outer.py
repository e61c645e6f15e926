# A global declaration in a middle function also decides what its children see.
x = "module x"

def outer():
    x = "outer x"
    def middle():
        global x
        def inner():
            return x
        return inner
    return middle()

inner = outer()
print(inner())
print(inner.__code__.co_freevars, outer.__code__.co_cellvars)
