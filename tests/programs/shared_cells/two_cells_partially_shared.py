# Siblings may share some cells and not others; __closure__ follows co_freevars order.
def outer():
    x = 1
    y = 2
    def uses_x():
        return x
    def uses_both():
        return x + y
    return uses_x, uses_both

f, g = outer()
print(f.__code__.co_freevars, g.__code__.co_freevars)
print(f.__closure__[0] is g.__closure__[0])
print([c.cell_contents for c in g.__closure__])
print(outer.__code__.co_cellvars)
