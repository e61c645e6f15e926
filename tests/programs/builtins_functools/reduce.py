# functools.reduce with and without an initial value, and its errors
from functools import reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0), reduce(lambda a, b: a + b, [], 'init'))
print(reduce(lambda acc, x: acc + [x * 2], 'ab', []))
def t(*a):
    try:
        print(repr(reduce(*a)))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda a, b: a, [])
t(lambda a, b: a, 1)
t()
t(len)
