# reversed on dict and dict views
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
