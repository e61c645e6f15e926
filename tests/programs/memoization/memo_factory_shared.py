# Two memoized functions from one decorator have separate caches.
def memoize(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return wrapper

square = memoize(lambda n: n * n)
cube = memoize(lambda n: n ** 3)
print(square(4), cube(4))
print(square.__closure__[0].cell_contents, cube.__closure__[0].cell_contents)
print(square.__closure__[0] is cube.__closure__[0])
