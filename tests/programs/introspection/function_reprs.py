# Function and cell reprs show qualnames and addresses.
def outer():
    x = [1, 2]
    def inner():
        return x
    return inner

f = outer()
print(f)
print(f.__closure__[0])
print(outer)
print(lambda: 0)
print(repr(f).startswith("<function outer.<locals>.inner at 0x"))
