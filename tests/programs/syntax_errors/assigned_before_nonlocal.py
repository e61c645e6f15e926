# The declaration must come before any use of the name in the block.
def outer():
    x = 1
    def inner():
        x = 2
        nonlocal x
    return inner
