# seeds/000_27bc754d294148a3.txt, 39.38 Closure Debugging: zip co_freevars with the cells to see x and y.
def outer():
    x = 1
    y = 2

    def inner():
        return x + y

    return inner

fn = outer()

print(fn.__code__.co_freevars)
print(fn.__closure__)
for name, cell in zip(fn.__code__.co_freevars, fn.__closure__):
    print(name, cell.cell_contents)
