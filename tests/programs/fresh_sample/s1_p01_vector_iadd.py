# A Vector class with += and *= on a shared reference
class Vector:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __iadd__(self, other):
        self.xs = [a + b for a, b in zip(self.xs, other.xs)]
        return self
    def __imul__(self, k):
        self.xs = [a * k for a in self.xs]
        return self
    def __repr__(self):
        return f"Vector({', '.join(map(str, self.xs))})"
v = Vector(1, 2)
w = v
v += Vector(10, 20)
v *= 3
print(v, w, v is w)
class NoIadd:
    def __init__(self, n): self.n = n
    def __add__(self, o): return NoIadd(self.n + o)
a = NoIadd(1); b = a
a += 5
print(a.n, b.n, a is b)
