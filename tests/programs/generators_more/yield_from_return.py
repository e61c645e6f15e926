# yield from forwards values and evaluates to the subgenerator's return value.
def inner(n):
    for i in range(n):
        yield i
    return n * 100

def outer():
    a = yield from inner(2)
    print("inner returned", a)
    b = yield from inner(1)
    yield a + b

print(list(outer()))

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, 4]], 5])))
g = outer()
print(next(g), next(g), next(g))
