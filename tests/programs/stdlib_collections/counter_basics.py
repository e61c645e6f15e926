# Counter: counting, most_common, missing keys, update and subtract, repr order
from collections import Counter

c = Counter("abracadabra")
print(c, c["a"], c["z"], "z" in c, len(c), c.most_common(2), c.most_common(0))
print(Counter(), Counter({"x": 2, "y": 5}), Counter(cats=4, dogs=8), Counter(["b", "a", "b"]))
c.update("aaz")
c.update({"b": 10})
print(c, c.total())
c.subtract(a=7, q=1)
print(c, sorted(c.elements()))
del c["missing"]
del c["z"]
print(c.most_common(), list(c), list(c.values()))
words = "the cat and the hat and the bat".split()
top = Counter(words).most_common(1)[0]
print(top, Counter(len(w) for w in words), isinstance(c, dict), type(c).__name__)
d = c.copy()
d["a"] = 100
print(c["a"], d["a"], type(d), Counter("ab") == Counter("ba"), Counter(a=1) == Counter(a=1, b=0))
