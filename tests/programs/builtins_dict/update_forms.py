# dict(...), update and | with mappings, pairs, kwargs; fromkeys sharing
d = dict([('a', 1), ('b', 2)], c=3)
d.update({'a': 10}, d=4)
d.update((('e', 5), ['f', 6]))
print(d, dict(d) == d, dict(zip('xy', (1, 2))), {**d, 'z': 0})
shared = dict.fromkeys('ab', [])
shared['a'].append(1)
print(shared)
print({1: 'int', 1.0: 'float', True: 'bool'}, {0.0: 'x', -0.0: 'y'}, {(1, 2): 1, (1.0, 2.0): 2})
k = {'b': 1, 'a': 2}
k.pop('b')
k['b'] = 3
print(k, list(k), list(k.values()), k.popitem(), k)
