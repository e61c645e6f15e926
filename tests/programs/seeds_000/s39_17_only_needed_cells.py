# seeds/000_27bc754d294148a3.txt, 39.17 Closures Do Not Usually Keep Whole Frames Alive: only a is captured, b stays a plain local.
def outer():
    a = "captured"
    b = "not captured"

    def inner():
        return a

    return inner

fn = outer()
print(fn())
print(outer.__code__.co_cellvars)
print(outer.__code__.co_varnames)
print(fn.__code__.co_freevars)
