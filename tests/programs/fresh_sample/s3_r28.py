# ** unpacking into a function with a defaultdict-like class
class Defaults:
    def __init__(self, base): self.base = base
    def keys(self): return list(self.base)
    def __getitem__(self, k): return self.base[k] * 2
def f(a, b, **rest):
    return a, b, rest
print(f(**Defaults({"a": 1, "b": 2, "c": 3})))
try:
    f(**Defaults({"a": 1}))
except TypeError as e:
    print(e)
