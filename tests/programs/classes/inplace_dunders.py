# In-place operators call __iadd__ & co. first, so an alias sees the change; NotImplemented falls back to __add__.
class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __add__(self, other):
        print("__add__")
        return Bag(self.items + other.items)

    def __iadd__(self, other):
        print("__iadd__")
        self.items.extend(other.items)
        return self

    def __isub__(self, other):
        print("__isub__ gives up")
        return NotImplemented

    def __sub__(self, other):
        print("__sub__")
        return Bag([x for x in self.items if x not in other.items])

    def __imul__(self, n):
        self.items *= n
        return self

    def __repr__(self):
        return f"Bag({self.items})"


a = Bag([1])
alias = a
a += Bag([2])
print(a, alias, a is alias)
a -= Bag([1])
print(a, alias, a is alias)
alias *= 2
print(alias)


class Odd:
    def __ior__(self, other):
        return "whatever __ior__ returns"


o = Odd()
o |= 1
print(o)


class Plain:
    pass


for text in ["p += 1", "p -= 1", "p **= 2", "p @= 1", "p //= 1", "p <<= 1", "p ^= 1"]:
    p = Plain()
    try:
        if text == "p += 1":
            p += 1
        elif text == "p -= 1":
            p -= 1
        elif text == "p **= 2":
            p **= 2
        elif text == "p @= 1":
            p @= 1
        elif text == "p //= 1":
            p //= 1
        elif text == "p <<= 1":
            p <<= 1
        else:
            p ^= 1
    except TypeError as e:
        print(text, "->", e)


class Right:
    def __radd__(self, other):
        return "Right.__radd__"


n = 1
n += Right()
print(n)

xs = [1]
ys = xs
xs += (2, 3)
xs *= 2
print(ys, xs is ys)
s = {1}
t = s
s |= {2}
s -= {1}
print(t)
d = {"a": 1}
e = d
d |= [("b", 2)]
print(e)
try:
    s |= [3]
except TypeError as err:
    print(err)
tup = (1,)
orig = tup
tup += (2,)
print(orig, tup)


class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__ goes first"


print(Base() + Derived())
print(Derived() + Base())
