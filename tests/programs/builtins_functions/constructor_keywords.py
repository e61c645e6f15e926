# Builtin constructors that take no keyword arguments, and the argument
# counts of list() and tuple(); subclasses keep their own signatures.
for c in ["range(end=1)", "range(0, end=1)", "range(0, 1, step=1)", "bool(x=1)", "list(iterable=[1])", "tuple(iterable=[1])", "set(iterable=[1])", "frozenset(iterable=[1])", "list([1], x=2)", "list()", "tuple()", "set()", "frozenset()", "bool()", "list((1, 2))", "type(1)", "type(object=1)"]:
    try:
        print(c, "->", eval(c))
    except TypeError as e:
        print(c, "-> TypeError", e)
for c in ["list(1, 2)", "tuple(1, 2)", "list([1], [2])"]:
    try:
        print(c, "->", eval(c))
    except TypeError as e:
        print(c, "-> TypeError", e)
class L(list):
    def __init__(self, items, tag=None):
        super().__init__(items)
        self.tag = tag
l = L([1, 2], tag="t")
print(l, l.tag)
class T(tuple):
    def __new__(cls, items, extra=0):
        return super().__new__(cls, items)
print(T((1, 2), extra=3))
class S(set):
    def __init__(self, items, name=""):
        super().__init__(items)
        self.name = name
print(sorted(S([3, 1], name="s")), S([1], name="z").name)
