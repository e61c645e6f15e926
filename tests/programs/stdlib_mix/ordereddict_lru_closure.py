# an LRU cache built from an OrderedDict in a closure, as a decorator
from collections import OrderedDict

def lru(capacity):
    def decorate(fn):
        cache = OrderedDict()
        def wrapper(arg):
            if arg in cache:
                cache.move_to_end(arg)
                return cache[arg]
            result = cache[arg] = fn(arg)
            if len(cache) > capacity:
                cache.popitem(last=False)
            return result
        wrapper.cache = cache
        return wrapper
    return decorate

@lru(2)
def slow_double(x):
    print("computing", x)
    return x * 2

print(slow_double(1), slow_double(2), slow_double(1), slow_double(3), slow_double(2))
print(slow_double.cache, list(slow_double.cache))
