# A parameter of the outer function is a perfectly good nonlocal target.
def countdown(n):
    def step():
        nonlocal n
        n -= 1
        return n
    return step

s = countdown(3)
print(s(), s(), s(), s())
print(countdown.__code__.co_cellvars, countdown.__code__.co_varnames)
