# seeds/000_27bc754d294148a3.txt, 39.2 Free Variables (first example): x is free in inner; calling the returned function reads it.
def outer():
    x = 10

    def inner():
        return x

    return inner

print(outer()())
