# Count how often the real function runs, with and without the cache.
calls = 0

def slow_square(n):
    global calls
    calls += 1
    return n * n

def memoize(func):
    cache = {}
    def wrapper(n):
        if n in cache:
            return cache[n]
        result = cache[n] = func(n)
        return result
    return wrapper

fast_square = memoize(slow_square)
for n in [3, 4, 3, 3, 4, 5]:
    fast_square(n)
print("real calls:", calls)
