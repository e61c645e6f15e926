# A memoizing decorator keeps its cache dict in a closure.
def memoize(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30))
print(fib(100))
cache = fib.__closure__[0].cell_contents
print(len(cache), cache[10])
print(fib.__code__.co_freevars)
