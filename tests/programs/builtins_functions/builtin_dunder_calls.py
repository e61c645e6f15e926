# The dunder methods of builtin values can be called directly (x.__len__(), (3).__add__(4)); NotImplemented where CPython's give it.
print([1,2].__len__(), "ab".__add__("c"), (3).__add__(4), {1:2}.__getitem__(1), [1].__contains__(1), (5).__mul__(2))
print((3).__add__("a"), (3).__add__(1.5), (1.5).__add__(1), (2).__radd__(3), (1).__eq__("a"), (1).__eq__(1.0), (1.0).__eq__(1), "a".__lt__("b"))
print(hasattr(5, "__len__"), hasattr("s", "__len__"), hasattr([], "__setitem__"), hasattr((), "__setitem__"), hasattr(3, "__add__"))
d = {}; d.__setitem__("k", 1); print(d, list("ab".__iter__()), (-3).__abs__(), (4).__neg__(), "ab".__mul__(2), [1].__eq__([1]), [1].__ne__(2))
try: "ab".__add__(1)
except TypeError as e: print(e)
print(sorted([3, 1, 2], key=(10).__sub__), list(map((2).__mul__, [1, 2])))
print(type([].__len__).__name__)
