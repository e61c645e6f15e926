# map and filter objects are lazy and single-use
m = map(lambda x: x * 2, [1, 2, 3])
print(type(m).__name__, list(m), list(m))
f = filter(lambda x: x > 1, [1, 2, 3])
print(next(f), list(f))
z = zip("ab", "cd")
print(list(z), list(z))
