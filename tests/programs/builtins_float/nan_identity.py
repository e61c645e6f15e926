# A NaN equals nothing, not even itself, but containment and dict keys check identity first: nan in [nan] for one NaN object, not for two.
import math
nan = float("nan")
print(nan in [nan], float("nan") in [float("nan")], nan == nan)
l = [float("nan")]
print(l[0] in l, l.count(l[0]), l.index(l[0]))
print(l == l, [nan] == [nan], [float("nan")] == [float("nan")])
print((nan,) == (nan,), nan in (nan,), nan in {nan}, {nan: 1}.get(nan))
print(float("nan") in {float("nan")})
d = {nan: 1}; print(nan in d)
print(l.count(float("nan")))
try: l.remove(float("nan"))
except ValueError as e: print(e)
l.remove(l[0]); print(l)
n = float("nan")
m = -n
print(repr(n), repr(m), str(m), f"{m:.2f}", f"{m:+}", "%f" % m, format(m, "e"), f"{n:+.1f}")
print(n is n, n is float("nan"), math.nan is math.nan, math.isnan(m), m != m)
x = float("inf") - float("inf")
print(x, x in [x], x in [float("nan")], (n + 1) in [n], [n] == [n], (n,) == (n,))
d = {n: "a", float("nan"): "b"}
print(len(d), d[n], n in d, float("nan") in d)
s = {n, n, float("nan")}
print(len(s), sorted([3.0, 1.0]))
print(max([1.0, n]), min([n, 1.0]), round(2.5), math.isnan(float("-nan")), float("-nan"))
l = [n, float("nan")]
print(l.count(n), l.index(n), n in l)
try:
    l.index(float("nan"))
except ValueError as e:
    print(e)
print(hash(n) == hash(n), int(math.inf) if False else "ok")
