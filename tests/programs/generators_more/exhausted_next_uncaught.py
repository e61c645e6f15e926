# next() on an exhausted generator without a default raises StopIteration.
def once():
    yield "only"

g = once()
print(next(g))
print(next(g))
