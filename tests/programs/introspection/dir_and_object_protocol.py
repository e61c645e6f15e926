# Exploring a closure with dir(): the introspection attributes are listed,
# every listed name really resolves, and the object protocol's attributes
# (__class__, __call__, __repr__, __str__) answer on every value.
def make_counter():
    count = 0

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


c = make_counter()
for name in ["__closure__", "__code__", "__defaults__", "__name__", "__qualname__", "__call__", "__class__"]:
    print(name, name in dir(c))
cell = c.__closure__[0]
print([n for n in dir(cell) if not n.startswith("__")])
print([n for n in dir(c.__code__) if n in ("co_freevars", "co_cellvars", "co_varnames")])

values = [c, cell, c.__code__, 1, 2.5, "s", [1], (1,), {1: 2}, {1}, None, True, range(3), len, make_counter]


class Account:
    rate = 2

    def __init__(self):
        self.balance = 10

    def deposit(self, n):
        self.balance += n


a = Account()
values += [a, Account, a.deposit, ValueError("v")]
for v in values:
    missing = [n for n in dir(v) if not hasattr(v, n)]
    print(type(v).__name__, missing)
print([n for n in dir(a) if not n.startswith("__")])
print([n for n in dir(Account) if not n.startswith("__")])
print(dir(a) == sorted(dir(a)))

print(c.__class__, cell.__class__, c.__code__.__class__, (1).__class__, a.__class__)
print(hasattr(c, "__call__"), hasattr(cell, "__call__"), hasattr(a, "__call__"))
print(c.__call__(5), c.__call__(by=10), callable(c.__call__))
print(type(c.__call__).__name__, type(len.__call__).__name__)
print((42).__repr__(), "hi".__repr__(), "hi".__str__(), [1, "a"].__repr__())
print(a.__repr__() == repr(a), a.__str__() == str(a))


class Named:
    def __repr__(self):
        return "Named()"


print(Named().__repr__(), Named().__str__(), str(Named()))
for bad in [lambda: (1).__repr__(5), lambda: (1).__repr__(x=1), lambda: cell.__call__()]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
