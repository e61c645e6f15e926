# tuple.index/count, list.index with start/end, count with mixed numbers
t = (1, 2.0, True, 'a', 2, 1)
print(t.count(1), t.count(2), t.count('a'), t.index(2), t.index(1, 1), t.index('a', -3))
xs = [0, 1, 0, 1, 0]
print(xs.index(0, 1), xs.index(1, -2), xs.index(0, -1), xs.count(0), [[1], [1]].count([1]))
for f in [lambda: t.index(9), lambda: xs.index(1, 4), lambda: t.count(), lambda: t.index()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
