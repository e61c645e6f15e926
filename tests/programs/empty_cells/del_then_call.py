# del of a cell variable empties the cell; the closure then finds nothing.
def outer():
    x = 10
    def inner():
        return x
    print(inner())
    del x
    return inner

f = outer()
print("outer returned")
f()
