# seeds/000_27bc754d294148a3.txt, 39.15 Closure and Scope Analysis: x is promoted to a cell of outer, inner is a plain local.
def outer():
    x = 1

    def inner():
        return x

print(outer())
print(outer.__code__.co_varnames)
print(outer.__code__.co_cellvars)
