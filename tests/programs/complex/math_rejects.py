# The math module takes real numbers only: each function refuses a complex
# with CPython's TypeError; math.prod multiplies complex numbers as `*` does.
import math

names = ["sqrt", "exp", "log", "log2", "log10", "log1p", "expm1", "sin", "cos", "tan",
         "asin", "acos", "atan", "sinh", "cosh", "tanh", "fabs", "degrees", "radians",
         "floor", "ceil", "trunc", "isfinite", "isinf", "isnan", "modf", "factorial",
         "isqrt", "gcd", "lcm"]
for name in names:
    try:
        print(name, getattr(math, name)(1 + 1j))
    except TypeError as e:
        print(name, "TypeError:", e)
for expr in ["math.pow(1j, 2)", "math.atan2(1j, 1)", "math.hypot(1j)", "math.copysign(1j, 1)",
             "math.fmod(1j, 1)", "math.isclose(1j, 1j)", "math.fsum([1j])", "math.comb(1j, 1)",
             "math.perm(1j)", "math.prod([1j, 2j])", "math.prod([2, 1j], start=1j)"]:
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "-> TypeError:", e)
