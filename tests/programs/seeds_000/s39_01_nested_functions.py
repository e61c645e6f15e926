# seeds/000_27bc754d294148a3.txt, 39.1 Nested Functions: def inner runs when outer runs; an inner function with no free variables has no closure.
def outer():
    def inner():
        return 1

    return inner

fn = outer()
print(fn())
print(fn.__closure__)
print(fn.__qualname__)
