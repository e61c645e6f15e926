# If the enclosing function declared the name global, there is no binding for nonlocal.
def outer():
    global g
    g = 1
    def inner():
        nonlocal g
        g = 2
    return inner
