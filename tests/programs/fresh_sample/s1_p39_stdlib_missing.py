# importing modules that exist
import math, functools, sys
print(math.gcd(12, 18), functools.reduce(lambda a, b: a * b, [1, 2, 3]), sys.version_info[:2])
try:
    import not_a_real_module
except ModuleNotFoundError as e:
    print(e)
