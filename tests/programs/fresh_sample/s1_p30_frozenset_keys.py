# frozensets as dictionary keys for unordered pairs
edges = {}
for a, b, w in [("a", "b", 1), ("b", "a", 2), ("c", "a", 3)]:
    key = frozenset((a, b))
    edges[key] = edges.get(key, 0) + w
for k in sorted(edges, key=sorted):
    print(sorted(k), edges[k])
fs = frozenset({1, 2})
print(fs | {3}, {3} | fs, fs.union({4}), type(fs.intersection({1})).__name__)
