# Writes to a function's attributes take effect (__defaults__, __kwdefaults__, names, __dict__) or raise CPython's errors.
def f(a, b=1, *, c=2):
    return a, b, c


f.__defaults__ = (10,)
print(f(0), f.__defaults__)
f.__kwdefaults__ = None
try:
    f(0)
except TypeError as e:
    print(e)
f.__kwdefaults__ = {"c": 5}
print(f(0), f.__kwdefaults__)
f.__defaults__ = None
for args in [(), (1,)]:
    try:
        f(*args)
    except TypeError as e:
        print(e)
f.__defaults__ = (7, 8)
print(f(c=0), f.__defaults__)
del f.__defaults__
print(f.__defaults__)

for name, value in [
    ("__closure__", None),
    ("__globals__", {}),
    ("__code__", None),
    ("__name__", 3),
    ("__qualname__", None),
    ("__defaults__", [1]),
    ("__kwdefaults__", 3),
    ("__dict__", 3),
    ("__annotations__", 3),
]:
    try:
        setattr(f, name, value)
    except (TypeError, AttributeError) as e:
        print(name, type(e).__name__, e)

f.__name__ = "g"
f.__qualname__ = "h.g"
print(f.__name__, f.__qualname__, repr(f).split(" at ")[0])
f.custom = 1
print(f.custom, f.__dict__)
f.__dict__ = {"other": 2}
print(f.__dict__, hasattr(f, "custom"))
f.__doc__ = "doc"
print(f.__doc__)


def g(a=1):
    "doc"


for n in ["__dict__", "__name__", "__qualname__", "__code__", "__doc__", "__defaults__",
          "__kwdefaults__", "__closure__", "__globals__", "__annotations__", "__module__"]:
    try:
        delattr(g, n)
        print(n, "deleted", getattr(g, n, "gone"))
    except Exception as e:
        print(n, type(e).__name__, e)
try:
    del g.nothing
except AttributeError as e:
    print(e)


def h():
    pass


h.__annotations__["x"] = int
print(h.__annotations__)


def counter(start=[0]):
    start[0] += 1
    return start[0]


counter()
counter.__defaults__ = ([100],)
print(counter(), counter())
