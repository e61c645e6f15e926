# sorted() stability with keys, reverse keeps equal items in order, errors
data = [('b', 2), ('a', 2), ('c', 1), ('d', 3), ('e', 1)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(['10', '9', '100'], key=int), sorted(['10', '9', '100']), sorted([3, 1, 2], key=None))
print(sorted({'b': 1, 'a': 2}.items()), sorted(range(5), key=lambda x: -x), sorted([]))
for f in [lambda: sorted([1, None]), lambda: sorted(1), lambda: sorted([1], bad=1), lambda: sorted()]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
