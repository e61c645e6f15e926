# cmath's argument conversion (__complex__, __float__, __index__) and its
# TypeErrors, arity errors, and errors from the math itself.
import cmath


class C:
    def __complex__(self):
        return 1 + 1j


class F:
    def __float__(self):
        return 2.0


class I:
    def __index__(self):
        return 3


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.phase(C()), cmath.rect(F(), I()))
tests = ['cmath.sqrt("a")', "cmath.sqrt(None)", "cmath.sqrt()", "cmath.sqrt(1, 2)",
         "cmath.log(0)", "cmath.log(1j, 0)", "cmath.log(1j, 1)", "cmath.log()",
         "cmath.log(1, 2, 3)", "cmath.log(x=1)", "cmath.exp(1000)", "cmath.cosh(1000)",
         "cmath.cos(1000j)", 'cmath.rect(1, "a")', "cmath.rect(1j, 1)", "cmath.rect(1)",
         "cmath.isclose(1j)", "cmath.isclose(1, 2, 3)", "cmath.isclose(1j, 1j, rel_tol=-1)",
         "cmath.isclose(1j, 1j, tol=1)", "cmath.atanh(1)", "cmath.atanh(-1)",
         "cmath.sqrt(10 ** 400)", "cmath.polar(complex(1e308, 1e308))", "cmath.exp(cmath.infj)"]
for t in tests:
    try:
        print(t, "->", eval(t))
    except Exception as e:
        print(t, "->", type(e).__name__ + ":", e)
