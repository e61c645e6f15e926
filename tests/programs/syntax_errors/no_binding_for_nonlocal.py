# nonlocal needs an enclosing function that binds the name; globals do not count.
count = 0

def make():
    def inc():
        nonlocal count
        count += 1
    return inc

print("never printed: the whole file fails to compile")
