# A dict cache needs hashable keys: a list argument fails.
def memoize(func):
    cache = {}
    def wrapper(x):
        if x not in cache:
            cache[x] = func(x)
        return cache[x]
    return wrapper

@memoize
def total(xs):
    return sum(xs)

print(total((1, 2, 3)))
print(total([1, 2, 3]))
