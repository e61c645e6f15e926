# seeds/000_27bc754d294148a3.txt, 39.12 Shared Cells: get and set_value share one cell for x.
def outer():
    x = 0

    def get():
        return x

    def set_value(v):
        nonlocal x
        x = v

    return get, set_value

get, set_value = outer()

print(get())
set_value(10)
print(get())
print(get.__closure__[0] is set_value.__closure__[0])
