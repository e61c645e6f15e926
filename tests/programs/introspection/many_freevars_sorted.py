# With several free variables, co_freevars and __closure__ follow the same order.
def outer():
    zeta = "z"
    alpha = "a"
    mid = "m"
    def inner():
        return mid, zeta, alpha
    return inner

f = outer()
print(outer.__code__.co_cellvars)
print(f.__code__.co_freevars)
print([c.cell_contents for c in f.__closure__])
