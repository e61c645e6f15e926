# seeds/000_27bc754d294148a3.txt, 39.3 Cell Variables: x is a cell variable of outer (co_cellvars) and free in inner.
def outer():
    x = 10

    def inner():
        return x

    return inner

print(outer.__code__.co_cellvars)
print(outer().__code__.co_freevars)
