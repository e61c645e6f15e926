# lru_cache on recursive functions and keyword calls; __wrapped__ bypasses the cache
from functools import lru_cache
@lru_cache(maxsize=3)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(10, 10), paths.cache_info())
paths.cache_clear()
print(paths(2, 2), paths.cache_info(), paths.__wrapped__(3, 3), paths.cache_info())
@lru_cache()
def greet(name, punct='!'):
    return name + punct
print(greet('a'), greet('a'), greet(name='a'), greet('a', punct='?'), greet.cache_info())
