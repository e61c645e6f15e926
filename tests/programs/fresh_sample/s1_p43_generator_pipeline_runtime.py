# generator pipeline where an inner next() escapes
def numbers():
    yield from [1, 2, 3]
def pairs(it):
    it = iter(it)
    while True:
        yield next(it), next(it)
try:
    print(list(pairs(numbers())))
except RuntimeError as e:
    print("RuntimeError:", e)
def pairs_fixed(it):
    it = iter(it)
    for a in it:
        b = next(it, None)
        yield a, b
print(list(pairs_fixed(numbers())))
