# The cache and the hit counter live in cells shared by the wrapper and its info helper.
def memoize(func):
    cache = {}
    hits = 0
    def wrapper(n):
        nonlocal hits
        if n in cache:
            hits += 1
        else:
            cache[n] = func(n)
        return cache[n]
    def info():
        return {"hits": hits, "size": len(cache)}
    return wrapper, info

def triangle(n):
    return 0 if n == 0 else n + triangle(n - 1)

triangle, triangle_info = memoize(triangle)
print(triangle(20))
print(triangle_info())
print(triangle(20), triangle(5))
print(triangle_info())
