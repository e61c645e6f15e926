# isinstance and issubclass along a single-inheritance chain and with tuples.
class A:
    pass

class B(A):
    pass

class C(B):
    pass

c = C()
print(isinstance(c, A), isinstance(c, B), isinstance(B(), C))
print(issubclass(C, A), issubclass(A, C), issubclass(C, C))
print(isinstance(c, (int, str)), isinstance(c, (int, B)))
print(issubclass(C, object), isinstance(A, type), type(c) is C, type(c) is A)
print(isinstance(True, int), issubclass(bool, int), isinstance(3, float))
print([cls.__name__ for cls in (A, B, C) if isinstance(c, cls)])
