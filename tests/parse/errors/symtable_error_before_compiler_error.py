x = 1
f(a=1, a=2)
def g(b, b):
    pass
