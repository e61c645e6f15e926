# min/max with key and default, sum with start, any/all, sorted
print(min(3, 1, 2), max([3, 1, 2]), min('bca'), max([1, 3], [2]), min([], default='empty'), max((), default=None))
print(min([-3, 2, -1], key=abs), max(['aa', 'b', 'ccc'], key=len), max([1, 1.0]), min([1.0, 1]), max([2, 3, 3.0], key=lambda x: x))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1, 0.2]), sum([[1], [2]], []), sum(range(101)), sum((2**70, 1)), sum([True, True]))
print(any([]), all([]), any([0, '', None]), all([1, 'x', [0]]), any(x > 2 for x in range(5)))
print(sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'c'], key=str.lower), sorted((1.5, -2, 0)))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: min([]))
t(lambda: max())
t(lambda: min(1))
t(lambda: max(1, 'a'))
t(lambda: sum(['a', 'b'], ''))
t(lambda: sum([1, 'a']))
