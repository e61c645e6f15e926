# OrderedDict: move_to_end, popitem from either end, order-sensitive equality, views
from collections import OrderedDict

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od, list(od))
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
x = OrderedDict([("k", 1), ("j", 2)])
y = OrderedDict([("j", 2), ("k", 1)])
print(x == y, x == dict(y), dict(x) == dict(y), isinstance(x, dict), OrderedDict())
print(x.keys(), x.values(), x.items(), list(reversed(x)), OrderedDict.fromkeys("ab", 0))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    x.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
def lru(capacity):
    cache = OrderedDict()
    def get(key, compute):
        if key in cache:
            cache.move_to_end(key)
            return cache[key]
        cache[key] = compute(key)
        if len(cache) > capacity:
            cache.popitem(last=False)
        return cache[key]
    return get, cache
get, cache = lru(2)
print(get(1, str), get(2, str), get(1, str), get(3, str), list(cache))
