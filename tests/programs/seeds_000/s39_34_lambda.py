# seeds/000_27bc754d294148a3.txt, 39.34 Closures and Lambdas: a lambda closes over x like a def does.
def outer():
    x = 10
    return lambda y: x + y

fn = outer()
print(fn(5))

print(fn.__code__.co_freevars)
print(fn.__closure__[0].cell_contents)
print(fn.__name__, fn.__qualname__)
