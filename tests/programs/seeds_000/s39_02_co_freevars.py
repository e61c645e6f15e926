# seeds/000_27bc754d294148a3.txt, 39.2 Free Variables (inspection): the inner code object lists x in co_freevars.
def outer():
    x = 10

    def inner():
        return x

    return inner

fn = outer()

print(fn.__code__.co_freevars)
