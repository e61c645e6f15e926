# a class derived from dict: item access, methods, __missing__, super(), repr and ==
class Tally(dict):
    def __missing__(self, key):
        return 0

    def add(self, key):
        self[key] = self[key] + 1

t = Tally()
for w in "abacab":
    t.add(w)
print(t, len(t), t["z"], "z" in t, sorted(t.keys()), t.get("q", -1))
print(isinstance(t, dict), type(t).__name__, t == {"a": 3, "b": 2, "c": 1}, bool(Tally()))

class Logged(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.log = []

    def __setitem__(self, key, value):
        self.log.append(key)
        super().__setitem__(key, value)

d = Logged(x=1)
d["y"] = 2
d.update(z=3)
print(d, d.log, list(d.items()), d.__dict__)
try:
    hash(d)
except TypeError as e:
    print(e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
