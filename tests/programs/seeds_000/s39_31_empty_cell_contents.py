# seeds/000_27bc754d294148a3.txt, 39.31 Empty Cells: reading cell_contents of an empty cell raises ValueError.
def outer():
    x = 1

    def inner():
        return x

    del x
    return inner

fn = outer()
print(fn.__closure__)
try:
    fn.__closure__[0].cell_contents
except ValueError as e:
    print("ValueError:", e)
try:
    fn()
except NameError as e:
    print("NameError:", e)
