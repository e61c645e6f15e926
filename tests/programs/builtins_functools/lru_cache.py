# lru_cache: hits, misses, eviction order, maxsize=None, cache_clear, cache
import functools
calls = []
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(1), sq(2), sq(1), sq(3), sq(2), sq(1))
print(calls, sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
sq.cache_clear()
print(sq.cache_info(), sq.__name__, sq.__wrapped__(4), type(sq).__name__)
@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.lru_cache(maxsize=None)
def add(a, b=0):
    return a + b
print(add(1), add(1), add(1, b=2), add(1, b=2), add.cache_info())
@functools.cache
def ident(x):
    calls.append(('ident', x))
    return x
print(ident('a'), ident('a'), ident.cache_info())
@functools.lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())
try:
    functools.lru_cache('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    add([1])
except TypeError as e:
    print(type(e).__name__, e)
