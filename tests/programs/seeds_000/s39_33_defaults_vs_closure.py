# seeds/000_27bc754d294148a3.txt, 39.33 Closures and Defaults Are Different: defaults live in __defaults__, captured variables in __closure__.
def f(x=[]):
    return x

def outer():
    x = []

    def inner():
        return x

    return inner

print(f.__defaults__)
print(outer().__closure__)
print(f() is f.__defaults__[0])
print(f.__closure__)
