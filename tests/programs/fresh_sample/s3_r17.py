# locals in nested function and comprehension
def f():
    a = 1
    b = [locals() for _ in range(1)]
    return sorted(b[0])
print(f())
def g(x, *args, **kw):
    y = x
    return locals()
print(g(1, 2, k=3))
