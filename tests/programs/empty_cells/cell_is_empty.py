# Reading cell_contents of an empty cell raises ValueError.
def outer():
    x = 1
    def inner():
        return x
    del x
    return inner

f = outer()
cell = f.__closure__[0]
try:
    print(cell.cell_contents)
except ValueError as e:
    print(type(e).__name__, e)
print(cell)
