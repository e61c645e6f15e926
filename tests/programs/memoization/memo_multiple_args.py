# With several arguments, the cache key is the args tuple.
def memoize(func):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            print("computing", args)
            cache[args] = func(*args)
        return cache[args]
    return wrapper

@memoize
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)

print(binom(5, 2))
print(binom(5, 2))
print(binom(40, 20))
