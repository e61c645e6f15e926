# The first iterable of a genexp is evaluated at once; the rest is late.
def demo():
    items = [1, 2, 3]
    gen = (x for x in items)
    items = ["replaced"]
    return list(gen)

print(demo())
