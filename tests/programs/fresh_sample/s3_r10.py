# lru_cache maxsize eviction order
from functools import lru_cache
@lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info())
