# Lambdas yielded from a loop share the loop variable's cell; consumed lazily they look right.
def make_funcs():
    for i in range(3):
        yield lambda: i

lazy = [f() for f in make_funcs()]
eager = [f() for f in list(make_funcs())]
print(lazy, eager)

def make_funcs_fixed():
    for i in range(3):
        yield lambda i=i: i

print([f() for f in list(make_funcs_fixed())])
print(make_funcs.__code__.co_cellvars, make_funcs_fixed.__code__.co_cellvars)
