def f(**kw):
    kw['z'] = 1
    return kw
a = {'x': 1}
b = {'y': 2}
r = f(**a)
print(r, a, r is a)
def g(*args, **kw):
    return args, kw
print(g(**a, **b), a, b)
try:
    g(**a, **{'x': 3})
except TypeError as e:
    print(e)
print(g(1, *[2, 3], x=1, **b))
try:
    g(**{1: 2})
except TypeError as e:
    print(e)
print(dict(**a), dict(**a) is a)
def g(**k): pass
try:
    g(**1)
except TypeError as e: print(e)
try:
    print(**{"a":1},**{"a":2})
except TypeError as e: print(e)
class C:
    def __init__(self, **k): pass
try:
    C(**{"a":1},**{"a":2})
except TypeError as e: print(e)
def area(w, h, scale=1):
    return w * h * scale
def counted(fn):
    calls = 0
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return fn(*args, **kwargs)
    return wrapper
area = counted(area)
print(area(2, 3), area(2, h=4), area(w=1, h=2, scale=5))
try:
    area(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    area(1, w=2)
except TypeError as e:
    print(e)
def kwonly(a, *, b, c=3, **rest):
    return a, b, c, rest
print(kwonly(1, b=2), kwonly(1, b=2, d=4, c=0))
try:
    kwonly(1, 2)
except TypeError as e:
    print(e)
try:
    kwonly(1)
except TypeError as e:
    print(e)
