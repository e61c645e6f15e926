# reversed and enumerate over custom sequence with __len__ and __getitem__
class Seq:
    def __init__(self, *items): self.items = items
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
s = Seq("a", "b", "c")
print(list(reversed(s)), list(enumerate(s)), s[-1], "b" in s)
