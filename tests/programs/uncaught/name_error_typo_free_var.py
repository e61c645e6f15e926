# A misspelt free variable inside a closure: see whether CPython suggests it.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return conut
    return inc

make_counter()()
