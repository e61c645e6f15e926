# dict views and set operations on keys
a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
print(a.keys() & b.keys(), sorted(a.keys() | b.keys()), a.keys() - b.keys(), list(a.values()), ("x", 1) in a.items())
