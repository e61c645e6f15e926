# StopIteration from a helper inside a generator used by sum
def take(it, n):
    for _ in range(n):
        yield next(it)
print(sum(take(iter([1, 2, 3]), 2)))
try:
    print(sum(take(iter([1]), 3)))
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__cause__.args)
