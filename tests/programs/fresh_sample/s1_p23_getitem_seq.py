# legacy sequence protocol
class Squares:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError("out")
        return i * i
    def __len__(self): return self.n
s = Squares(5)
print(list(s), 9 in s, sorted(s, reverse=True), list(reversed(s)) if hasattr(s, "__reversed__") else len(s))
print(list(zip(s, "abc")), dict(enumerate(s)))
