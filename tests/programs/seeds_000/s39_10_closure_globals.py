# seeds/000_27bc754d294148a3.txt, 39.10 Closure Creation: the returned function has __code__, __globals__ (the module's namespace) and __closure__ = (cell_for_x,).
def outer():
    x = 10

    def inner():
        return x

    return inner

inner = outer()
print(inner.__code__)
print(inner.__globals__ is globals(), inner.__globals__['outer'] is outer)
print(inner.__closure__)
print(inner.__closure__[0].cell_contents, inner.__code__.co_freevars)
