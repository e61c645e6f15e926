# seeds/000_27bc754d294148a3.txt, 39.6 Function Closure Tuple: __closure__ is a tuple of cells in co_freevars order.
def outer():
    x = 10

    def inner():
        return x

    return inner

fn = outer()

print(fn.__closure__)

print(fn.__code__.co_freevars)
for cell in fn.__closure__:
    print(cell.cell_contents)
