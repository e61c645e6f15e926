# seeds/000_27bc754d294148a3.txt, 39.31 Empty Cells: del x in outer leaves inner's cell empty; fn() raises NameError.
def outer():
    x = 1

    def inner():
        return x

    del x
    return inner

fn = outer()
fn()
