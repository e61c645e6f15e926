# Even reading the name before its nonlocal declaration is an error.
def outer():
    x = 1
    def inner():
        print(x)
        nonlocal x
        x = 3
    return inner
