# seeds/002_2fc762ed25bdb8ee.txt, Part 8 Memoization with a Closure Cache: the cache dict lives in wrapper's closure.
def memoize(func):
    cache = {} # captured as a free variable in wrapper's closure
    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]
    return wrapper
@memoize
def fibonacci(n):
    if n <= 1:
        return n
    return fibonacci(n - 1) + fibonacci(n - 2)
print(fibonacci(10)) # 55
print(fibonacci(50)) # 12586269025 - computed in microseconds with memoization
print(len(fibonacci.__closure__[0].cell_contents))
