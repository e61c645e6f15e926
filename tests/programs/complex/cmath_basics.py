# cmath on ordinary arguments: results bit for bit as CPython's, constants,
# polar/rect, phase, log with a base, isclose, and the domain/range errors.
import cmath

vals = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 0.5 + 0.5j, -2.5 + 3.75j, 3 - 4j, 1e-310 + 1e-310j,
        1e300 + 1e300j, 0.9 + 0.1j, 1.2 - 0.7j, complex(0, -0.0), 2, -3.5, 700 + 1j]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "phase", "polar"]
for name in names:
    out = []
    for v in vals:
        try:
            out.append(repr(getattr(cmath, name)(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(name, out)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.rect(2, cmath.pi / 3), cmath.rect(1, 0), cmath.rect(-1, -0.0), cmath.polar(-1))
print(cmath.log(8, 2), cmath.log(1j, 1 + 1j), cmath.log(0, 2), cmath.log(-1, -1))
print(cmath.isclose(1j, 1j + 1e-10), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(1j, 1j + 1e-3, abs_tol=0.01), cmath.isclose(cmath.infj, cmath.infj))
print(cmath.isnan(cmath.nanj), cmath.isinf(1 + cmath.infj), cmath.isfinite(1e308 + 1j))
