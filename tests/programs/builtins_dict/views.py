# dict views: repr, len, membership, iteration, live updates
d = {'a': 1, 'b': 2}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(len(k), 'a' in k, 'z' in k, 2 in v, ('a', 1) in it, ('a', 2) in it)
d['c'] = 3
print(k, list(v), sorted(it), type(k).__name__, type(v).__name__, type(it).__name__)
for key in d.keys():
    print(key, end=' ')
print()
for key, value in d.items():
    print(key, value, end='; ')
print()
print(list(zip(d.keys(), d.values())), {}.keys(), dict(d.items()))
