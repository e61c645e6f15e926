# seeds/000_27bc754d294148a3.txt, 39.7 Reading Closure Metadata: a parameter and a local both become cells; inner carries two cells.
def outer(a):
    b = 2

    def inner(c):
        return a + b + c

    return inner

fn = outer(10)

print(outer.__code__.co_cellvars)
print(fn.__code__.co_freevars)
print(fn.__closure__)
print(fn(3))
