# fsum is exactly rounded where sum is not; prod multiplies any numbers
import math
vals = [1e16, 1.0, -1e16, 0.1, 0.2, 0.3]
print(sum(vals), math.fsum(vals), math.fsum([]), math.fsum([1, 2, 3]), math.fsum([0.1] * 3))
print(math.fsum([1e300, 1e-300, -1e300]))
print(math.prod(range(1, 21)), math.prod([1.5, 2]), math.prod([2, 3], start=2**62), math.prod(['a'], start=3))
for bad in [[float('inf'), -float('inf')], [float('nan'), 1.0], ['x']]:
    try:
        print(math.fsum(bad))
    except Exception as e:
        print(type(e).__name__, e)
