# repr and str of complex numbers: signed zeros, no ".0", infinities and NaNs,
# repr's shortest float digits and its switch to exponent form.
nan, inf = float("nan"), float("inf")
cases = [
    complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0),
    complex(1, 0), complex(1, -0.0), complex(-1, 2), complex(1.5, -2.25),
    complex(nan, inf), complex(-nan, -nan), complex(0, -nan), complex(-inf, 0),
    complex(inf, -inf), 1e16j, 1e15j, 1e-5j, 1e-4j, complex(1e300, 1e-300),
    complex(0.1, 0.2), complex(1 / 3, 2 / 3), complex(12345678901234567.0, 1),
    complex(5e-324, -5e-324),
]
for c in cases:
    print(repr(c), str(c), f"{c}", f"{c!r}")
print([1j, -0j], (1+2j,), {1j: 2j})
print(-0j, -(0j), 0j * -1, -1j)
