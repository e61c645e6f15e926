# seeds/000_27bc754d294148a3.txt, 39.30 Inspecting Closure Contents: zip co_freevars with __closure__ to print name and value.
def outer():
    x = {"a": 1}

    def inner():
        return x

    return inner

fn = outer()

for name, cell in zip(fn.__code__.co_freevars, fn.__closure__):
    print(name, cell.cell_contents)
