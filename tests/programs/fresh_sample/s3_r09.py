# comparing closure tuples across calls
def f(x):
    def g(): return x
    return g
a, b, c = f(1), f(1), f(2)
print(a.__closure__ == b.__closure__, a.__closure__ == c.__closure__, a.__closure__ < c.__closure__)
print(a.__closure__[0] != c.__closure__[0], sorted([c, a], key=lambda fn: fn.__closure__[0]) == [a, c])
