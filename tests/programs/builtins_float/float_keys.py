# float keys in dicts and sets hash like equal ints
d = {1.0: 'a', 2: 'b', 0.5: 'c', -0.0: 'z'}
print(d[1], d[2.0], d[0], 0.5 in d, 0 in d)
s = {1.5, 2.0, 2, 3, 1e20, 10**20, float(2**53)}
print(len(s), 2**53 in s, 10**20 in s, sorted(s))
print(hash(1e20) == hash(10**20), hash(0.5), hash(-0.5), hash(1e-300))
