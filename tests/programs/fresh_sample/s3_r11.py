# nan in statistics code
import math
data = [1.0, float("nan"), 3.0]
clean = [x for x in data if not math.isnan(x)]
print(clean, sum(clean) / len(clean), max(clean))
nan = data[1]
print(data.count(nan), data.index(nan), nan in data, [float("nan")].count(float("nan")))
print(sorted([2.0, 1.0]) == [1.0, 2.0], {nan: 1}[nan])
