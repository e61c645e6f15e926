# seeds/000_27bc754d294148a3.txt, 39.10 Closure Creation: the returned function has its code object and a closure tuple with the cell for x.
def outer():
    x = 10

    def inner():
        return x

    return inner

inner = outer()
print(inner.__code__.co_name)
print(inner.__closure__)
print(len(inner.__closure__), inner.__closure__[0].cell_contents)
