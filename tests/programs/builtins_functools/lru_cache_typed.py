# lru_cache(typed=True) keeps 1, 1.0 and True apart (also in keyword arguments); typed=False merges them; cache_parameters().
import functools


@functools.lru_cache(typed=True)
def f(x):
    print("call", repr(x))
    return x


f(1), f(1.0), f(True), f(1), f(1.0)
print(f.cache_info(), f.cache_parameters())


@functools.lru_cache(maxsize=None)
def g(x):
    print("call", repr(x))
    return x


g(1), g(1.0), g(True)
print(g.cache_info(), g.cache_parameters())


@functools.lru_cache(typed=True)
def h(x, y=0):
    print("h", x, y)
    return x


h(1, y=1), h(1, y=1.0), h(1, y=1), h(1.0, y=1)
print(h.cache_info())


@functools.lru_cache(16, True)
def k(s):
    return len(s)


k("ab"), k("ab")
print(k.cache_info(), k.cache_parameters())


@functools.cache
def c(x):
    return x


print(c.cache_parameters())
