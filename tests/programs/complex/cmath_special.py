# cmath with infinite and NaN parts: C99 Annex G's special values (the
# tables of cmathmodule.c) and the errors CPython raises for some of them.
import cmath

inf, nan = float("inf"), float("nan")
classes = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
for name in ["sqrt", "exp", "log", "sin", "cos", "tan", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "log10"]:
    out = []
    for x in classes:
        for y in classes:
            try:
                out.append(repr(getattr(cmath, name)(complex(x, y))))
            except ValueError:
                out.append("VE")
    print(name, " ".join(out))
out = []
for r in classes + [1.5]:
    for p in classes + [0.7]:
        try:
            out.append(repr(cmath.rect(r, p)))
        except ValueError:
            out.append("VE")
print("rect", " ".join(out))
