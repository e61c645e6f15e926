# A list cannot be a dict key or a set member.
seen = set()
seen.add((1, 2))
print(seen)
seen.add([1, 2])
