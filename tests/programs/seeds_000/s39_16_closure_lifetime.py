# seeds/000_27bc754d294148a3.txt, 39.16 Closure Lifetime: the list stays alive through fn's closure cell.
def outer():
    x = [1, 2, 3]

    def inner():
        return x

    return inner

fn = outer()
print(fn.__closure__[0].cell_contents)
print(fn() is fn.__closure__[0].cell_contents)
