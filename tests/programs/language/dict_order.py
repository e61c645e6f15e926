# Dicts keep insertion order; updating a key keeps its place.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
del d["a"]
d["a"] = 0
print(d)
print(d.pop("b"), d, d.get("zz", "default"))
d.setdefault("n", []).append(1)
print(d, len(d), "n" in d)
