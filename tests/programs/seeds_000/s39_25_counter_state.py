# seeds/000_27bc754d294148a3.txt, 39.25 Closures and State: the counter's n lives in a closure cell.
def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    return inc

c = counter()

print(c())
print(c())
