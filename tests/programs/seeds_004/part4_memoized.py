# seeds/004_d0a714c7296f60be.txt, Part 4 Memoization Without Classes: the cache dict is in the closure and exposed as wrapper.cache.
def memoized(func):
    """Closure-based memoization - no class needed."""
    cache = {} # captured in the closure - persists across calls

    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]

    wrapper.cache = cache # expose for inspection
    return wrapper


@memoized
def expensive_computation(n: int) -> int:
    print(f" computing {n}...")
    return n * n + n


print(expensive_computation(5)) # computing 5... then 30
print(expensive_computation(5)) # 30 - cache hit, no recomputation
print(expensive_computation(10)) # computing 10... then 110
print(expensive_computation.cache) # {(5,): 30, (10,): 110}
