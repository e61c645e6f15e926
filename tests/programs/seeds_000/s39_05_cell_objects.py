# seeds/000_27bc754d294148a3.txt, 39.5 Cell Objects: __closure__ holds one cell whose cell_contents is 10.
def outer():
    x = 10
    def inner():
        return x
    return inner

fn = outer()

print(fn.__closure__)
print(fn.__closure__[0].cell_contents)
