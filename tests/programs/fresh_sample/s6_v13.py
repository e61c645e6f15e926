# class with __iter__ yielding and unpacking
class Pair:
    def __init__(self, a, b): self.a, self.b = a, b
    def __iter__(self):
        yield self.a
        yield self.b
x, y = Pair(1, 2)
print(x, y, list(Pair("a", "b")), dict([Pair("k", "v")]), max(Pair(3, 4)))
