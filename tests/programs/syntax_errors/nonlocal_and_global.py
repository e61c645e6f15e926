# One name cannot be both nonlocal and global in the same function.
def outer():
    x = 1
    def inner():
        global x
        nonlocal x
        x = 2
    return inner
