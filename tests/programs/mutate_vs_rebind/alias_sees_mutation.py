# Two names for one list: mutation is visible through both, rebinding is not.
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)
b = b + [5]
print(a, b, a is b)
a += [6]
print(a, b)
