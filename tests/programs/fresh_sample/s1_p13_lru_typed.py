# lru_cache typed vs untyped
from functools import lru_cache
calls = []
@lru_cache(maxsize=32, typed=True)
def square(x):
    calls.append(x)
    return x * x
print(square(3), square(3.0), square(3), calls)
print(square.cache_info())
square.cache_clear()
print(square.cache_info(), square.cache_parameters())
