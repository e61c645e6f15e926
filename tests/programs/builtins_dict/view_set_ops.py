# dict views as sets: & | - ^ ==, reversed, isdisjoint
d = {1: 'a', 2: 'b', 3: 'c', 10: 'x'}
e = {2: 0, 3: 0, 4: 0}
k = d.keys()
print(k & e.keys(), k | {7, 1}, k - {1}, k ^ {1, 99}, {2, 50} & k, {1, 2} - k, [5] + [6])
print(k == {1, 2, 3, 10}, k == {1}, k != {1}, d.items() == {(1, 'a'), (2, 'b'), (3, 'c'), (10, 'x')}, d.values() == d.values())
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())), k.isdisjoint([99]), k.isdisjoint({1}))
print(d.items() & {(1, 'a'), (2, 'z')}, k & [3, 10, 99], e.keys() & d.keys())
