# What complex refuses, with CPython's messages: ordering, //, %, divmod,
# int() and float(), division by zero, overflow, bitwise operators.
tests = [
    "1j < 2", "1j >= 1j", "2 > 1j", "sorted([2j, 1j])", "max(1j, 2j)",
    "1j // 2", "1j % 2", "2 // 1j", "divmod(1j, 2)", "divmod(2.0, 1j)",
    "int(1j)", "float(1j)", "round(1j)", "1j / 0", "1j / 0.0", "1 / 0j",
    "(1 + 1j) / (0j)", "abs(complex(1e308, 1e308))", "~1j", "1j << 1", "1j & 1",
    "1j | 2", "1j @ 1j", "1j + 'a'", "'a' * 1j", "[1] * 2j", "1j + None",
    "10 ** 400 + 1j", "1j * 10 ** 400", "hash([1j])", "len(1j)",
    "iter(1j)", "(1j).foo", "1j.real = 2", "math.sqrt(1j)", "math.floor(2j)",
    "math.isclose(1j, 1j)", "'%d' % 1j", "'%f' % 1j", "'%x' % 1j", "range(1j)",
]
import math
for t in tests:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "->", type(e).__name__ + ":", e)
