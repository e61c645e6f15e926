# After del, assigning again fills the same cell the closure holds.
def outer():
    x = "one"
    def get():
        return x
    del x
    x = "two"
    return get

g = outer()
print(g())
