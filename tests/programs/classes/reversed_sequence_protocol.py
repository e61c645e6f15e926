# reversed() of an object with __len__ and __getitem__ walks it from the end, lazily, as CPython's reversed object does.
class Seq:
    def __init__(self, *items): self.items = items
    def __len__(self): return len(self.items)
    def __getitem__(self, i):
        print("get", i)
        return self.items[i]
s = Seq("a", "b", "c")
r = reversed(s)
print(type(r).__name__)
for x in r:
    print(x)
print(list(reversed(Seq())))
class OnlyGet:
    def __getitem__(self, i): return i
try:
    reversed(OnlyGet())
except TypeError as e:
    print(e)
