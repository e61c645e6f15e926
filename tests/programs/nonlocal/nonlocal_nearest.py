# With two enclosing bindings, nonlocal rebinds the nearer one.
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "inner was here"
        inner()
        return x
    m = middle()
    return m, x

print(outer())
