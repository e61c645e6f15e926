# locals() shows free variables too
def outer(a):
    b = a * 2
    def inner(c):
        print(sorted(locals()))
        return a + c
    inner(1)
    return locals()
print(sorted(outer(5)))
