# Cell variables: parameters first (in parameter order), then the rest sorted; free variables all sorted.
def outer(z, a):
    m = 1
    b = 2
    def inner():
        return z + a + m + b
    return inner

print(outer.__code__.co_varnames)
print(outer.__code__.co_cellvars)
f = outer(100, 10)
print(f.__code__.co_freevars)
print([c.cell_contents for c in f.__closure__])
print(f())
