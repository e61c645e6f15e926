# A parameter is already a local of the function: it cannot be nonlocal.
def outer():
    x = 1
    def inner(x):
        nonlocal x
        x = 2
    return inner
