# == and != against ints (exactly), floats and complex; hash agrees with the
# real part's when the imaginary part is zero, so dicts and sets mix them.
print(1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 1j == 1j, 1j != 1j, 1j == 1)
print(2 ** 53 + 1 == complex(2 ** 53 + 1), complex(2 ** 53) == 2 ** 53, 1j == "1j")
print(complex(float("nan")) == complex(float("nan")), 0j == -0j, 1j != None)
for c in [0j, 1 + 0j, -1 + 0j, 1j, -1j, 2.5 - 3j, complex(1e300, 1e-300),
          complex(float("inf"), 1), complex(-float("inf"), float("inf")), 0.5 + 0.5j]:
    print(repr(c), hash(c))
print(hash(1 + 0j) == hash(1), hash(-1 + 0j) == hash(-1), hash(2.5 + 0j) == hash(2.5))
print({1: "int", 1.0: "float", 1 + 0j: "complex"}, {1j, 1j + 0, 0j, 0, False})
print({1 + 0j: "a"}[1], 2j in {2j: 1}, 1j in [1j, 2], [1j, 2j].index(2j))
print((1j).__eq__(1j), (1j).__eq__("x"), (1).__eq__(1j), (1j).__ne__(2))
print((1j).__add__(2), (1j).__radd__(2), (2).__add__(1j), (1.5).__mul__(1j), (1j).__mul__("x"))
print((2j).__truediv__(2), (2j).__rsub__(1), (2j).__pow__(2), (3 + 4j).__abs__(), (1j).__neg__())
print(hasattr(1j, "__floordiv__"), hasattr(1j, "__lt__"), hasattr(1j, "__mod__"))
