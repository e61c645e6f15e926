# comparing closure cells
def adders():
    fs = []
    for n in (1, 2):
        def f(x, n=n):
            return x + n
        fs.append(f)
    return fs
def pair():
    a = b = 5
    return (lambda: a), (lambda: b)
f, g = pair()
print(f.__closure__[0] == g.__closure__[0], f.__closure__[0] is g.__closure__[0])
print(f.__closure__ == g.__closure__)
print(adders()[0].__closure__)
