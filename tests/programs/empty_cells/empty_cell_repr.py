# The repr of a cell says what it holds, or that it is empty.
def outer():
    a = 42
    b = "text"
    c = None
    def inner():
        return a, b, c
    del c
    return inner

for cell in outer().__closure__:
    print(cell)
