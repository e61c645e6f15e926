# The compiler folds imaginary literals and arithmetic on them into complex
# constants, as CPython 3.11's AST optimizer does; dis shows the same.
import dis


def f(x):
    a = 1 + 2j
    b = -1j
    c = 2 * 3j
    d = (1 - 1j) ** 2
    e = x * 1j + 0.5j
    g = 1j / 0
    h = (1j, 2.5j, 1j)
    return a, b, c, d, e, g, h


dis.dis(f)
print(f.__code__.co_consts)
dis.dis("z = -0j + 1e16j")
