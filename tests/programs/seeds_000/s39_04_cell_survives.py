# seeds/000_27bc754d294148a3.txt, 39.4 Why Cells Exist (closure): inner still reads x after outer returned, through a cell.
def outer():
    x = 10

    def inner():
        return x

    return inner

fn = outer()
print(fn())
print(outer.__code__.co_cellvars, fn.__code__.co_freevars)
