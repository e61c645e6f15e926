# counting real calls of a memoized function with a Counter captured in a closure
from collections import Counter
from functools import lru_cache

def instrumented():
    calls = Counter()
    @lru_cache(maxsize=None)
    def fib(n):
        calls[n] += 1
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    return fib, calls

fib, calls = instrumented()
print(fib(20), sum(calls.values()), calls.most_common(3), fib.cache_info())
fib.cache_clear()
print(fib(5), calls[5], calls.total())
