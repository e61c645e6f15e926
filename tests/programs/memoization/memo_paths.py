# Memoized grid paths: the cache turns an exponential recursion into a quick one.
def count_paths(rows, cols):
    cache = {}
    def paths(r, c):
        if r == 0 or c == 0:
            return 1
        key = (r, c)
        if key not in cache:
            cache[key] = paths(r - 1, c) + paths(r, c - 1)
        return cache[key]
    return paths(rows, cols), len(cache)

print(count_paths(2, 2))
print(count_paths(16, 16))
