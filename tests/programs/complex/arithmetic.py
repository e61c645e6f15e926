# + - * / with ints, floats, bools and complex on either side, in place too.
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * True, False * a, a / 2, 2 / a)
print(1.5 * 1j, 1j * 1.5, 10 ** 20 * 1j, 1j / 3)
print((1e308 + 1e308j) * 2, (1e308 + 1j) * (1e308 + 1j))
print(1 / (1e-320 + 1e-320j), (1 + 1j) / (1e300 + 1e300j))
print(complex(1, 1) / complex(float("nan"), 1), (1 + 1j) / float("inf"))
print(a / b * b, (a - a) / b, -a, +a, abs(a), abs(-3j), abs(0j))
print(abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)))
print(a.conjugate(), a.__getnewargs__(), complex.conjugate(-2j))
x = 1j
x += 2
x *= 1j
x -= 1
x /= 2
print(x, x.real, x.imag, type(x.real))
print(sum([1j, 2, 3.5]), sum([0.5j] * 4))
print(bool(0j), bool(-0j), bool(1e-300j), not 0j)
