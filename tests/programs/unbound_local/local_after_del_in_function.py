# After del, a local is unbound again.
def f():
    x = 1
    print(x)
    del x
    print(x)

f()
