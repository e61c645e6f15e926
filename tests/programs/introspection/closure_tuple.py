# __closure__ is a tuple of cells in co_freevars order.
def outer():
    b = "bee"
    a = "ay"
    def inner():
        return a, b
    return inner

f = outer()
print(type(f.__closure__).__name__, len(f.__closure__))
print(f.__code__.co_freevars)
print([c.cell_contents for c in f.__closure__])
print(type(f.__closure__[0]).__name__)
