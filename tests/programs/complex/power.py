# ** on complex numbers: small integral exponents by repeated squaring,
# others in polar form (CPython's c_powi and c_pow), bit for bit.
print((1 + 2j) ** 2, (1 + 2j) ** 3, (1 + 2j) ** -1, (1 + 2j) ** -3)
print((1 + 1j) ** 100, (1 + 1j) ** 101, (1 + 1j) ** 0.5, (1 + 1j) ** 1.5)
print((2 + 0j) ** 0.5, (-1 + 0j) ** 0.5, 1j ** 1j, 2 ** 1j, 2 ** (1 + 1j))
print((1.5 - 0.5j) ** (2 - 3j), (0.1 + 0.2j) ** 7, (3 - 4j) ** 2.0)
print(0j ** 0, 0j ** 0j, 0j ** 2, 0j ** 1.5, 1j ** 0, (1 + 2j) ** 0.0)
print(pow(2j, 3), pow(1 + 1j, -2), (-8) ** (1 / 3), (-1) ** 0.5, (-2.5) ** 1.5)
print(2 ** -1j, 10 ** 0.5j, (1e-10 + 0j) ** 0.5)
for expr in ["0j ** -1", "0j ** 1j", "0j ** (-1.5)", "(1e200 + 1e200j) ** 2",
             "(10 + 10j) ** 400.5", "pow(1j, 2, 3)", "pow(2, 1j, 5)", "1j ** (10 ** 400)"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
