# __defaults__ and __kwdefaults__ hold the values computed at def time.
base = 10
def f(a, b=base, c=[1]):
    return a
def g(*, key="k", flag=False):
    return key
def h(x):
    return x

base = 99
print(f.__defaults__)
print(f.__kwdefaults__)
print(g.__defaults__, g.__kwdefaults__)
print(h.__defaults__, h.__kwdefaults__)
