# A parameter captured by an inner function is both in co_varnames and co_cellvars.
def make(n, unused):
    def get():
        return n
    return get

print(make.__code__.co_varnames)
print(make.__code__.co_cellvars)
g = make(5, None)
print(g.__closure__[0].cell_contents)
