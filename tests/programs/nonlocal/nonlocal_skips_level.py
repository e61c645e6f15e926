# nonlocal finds the nearest enclosing function that binds the name.
def a():
    x = "a's x"
    def b():
        def c():
            nonlocal x
            x = "set by c"
        c()
        return x
    result = b()
    return result, x

print(a())
