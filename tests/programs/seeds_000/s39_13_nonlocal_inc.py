# seeds/000_27bc754d294148a3.txt, 39.13 nonlocal (inc): nonlocal x lets inc rebind outer's x.
def outer():
    x = 0

    def inc():
        nonlocal x
        x += 1
        return x

    return inc

inc = outer()
print(inc())
print(inc())
print(inc.__code__.co_freevars)
