# Special methods defined as staticmethod or classmethod: operators,
# comparisons, subscripts, len, bool, in and iteration bind them as
# CPython's slots do.
class C:
    @staticmethod
    def __sub__(rhs):
        return ("sub", rhs)
    @classmethod
    def __add__(cls, rhs):
        return ("add", cls.__name__, rhs)
    @staticmethod
    def __getitem__(item):
        return ("get", item)
    @staticmethod
    def __setitem__(item, value):
        print("set", item, value)
    @staticmethod
    def __delitem__(item):
        print("del", item)
    @classmethod
    def __len__(cls):
        return 3
    @staticmethod
    def __contains__(x):
        return x == 1
    @staticmethod
    def __neg__():
        return "neg"
    @classmethod
    def __eq__(cls, other):
        return other == "same"
    __hash__ = None

c = C()
print(c - 1, c + 2, c[5])
c[1] = 2
del c[3]
print(len(c), 1 in c, 2 in c, -c, c == "same", c == "other", bool(c))

class D:
    @staticmethod
    def __iter__():
        return iter([1, 2])
    @classmethod
    def __bool__(cls):
        return False
print(list(D()), bool(D()))

class Plain:
    def __add__(self, o):
        return ("plain", o)
    def __radd__(self, o):
        return ("radd", o)
print(Plain() + 1, 1 + Plain())
