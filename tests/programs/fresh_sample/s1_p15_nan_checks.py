# NaN identity vs equality
import math
values = [1.0, float("nan"), 2.0]
n = values[1]
print(n in values, float("nan") in values, values.count(n), values.index(n))
print(math.nan in [math.nan], math.isnan(n), n != n)
d = {n: "x"}
print(d.get(n), d.get(float("nan")), len({float("nan"), float("nan")}))
print(sorted([3.0, 1.0]), [x for x in values if x == x])
