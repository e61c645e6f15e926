# complex(real=0, imag=0): numbers, complex parts combined exactly, keywords,
# objects with __complex__, __float__ or __index__, and CPython's TypeErrors.
print(complex(), complex(2), complex(2.5), complex(True, False), complex(1, 2))
print(complex(real=1, imag=2), complex(imag=3), complex(real=-0.0), complex(0, -0.0))
print(complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(2, 1j), complex(1j))
c = 1 + 2j
print(complex(c) is c, complex(c, 0) is c, complex(-0.0, 1j))


class Cx:
    def __complex__(self):
        return 5 - 6j


class Fl:
    def __float__(self):
        return 2.5


class Ix:
    def __index__(self):
        return 7


class Bad:
    def __complex__(self):
        return 1.5


print(complex(Cx()), complex(Fl()), complex(Ix()), complex(Fl(), Ix()), complex(1, Fl()))
for args, kw in [(([1],), {}), ((1, "x"), {}), (("1", 2), {}), ((None,), {}), ((1, None), {}),
                 ((Bad(),), {}), ((1, 2, 3), {}), ((), {"x": 1}), ((1,), {"real": 2}),
                 ((10 ** 400,), {}), ((b"1",), {}), ((Cx(), Cx()), {})]:
    try:
        print(complex(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ":", e)
