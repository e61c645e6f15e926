# memoized fibonacci with lru_cache, wrapped attributes
import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    "Fibonacci numbers."
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
print(fib.__name__, fib.__doc__, fib.__wrapped__(10))
