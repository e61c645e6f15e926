# seeds/000_27bc754d294148a3.txt, 39.26 Closure State vs Object State (closure version): state in the cell, visible via __closure__.
def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    return inc

c = counter()
print(c(), c(), c())
print(c.__code__.co_freevars, c.__closure__[0].cell_contents)
