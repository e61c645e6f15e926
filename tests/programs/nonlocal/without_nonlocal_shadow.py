# Without nonlocal, assignment makes a new local that shadows the outer name.
def outer():
    x = "outer"
    def inner():
        x = "inner"
        return x
    r = inner()
    return r, x

print(outer())
print(outer.__code__.co_cellvars)
