# Subscripts and `in` on the common types: the results must not depend on
# whether the interpreter takes a shortcut.
d = {1: 'one', 'a': 'A', 2.0: 'two', True: 'true?'}
print(d[1], d['a'], d[2], d[True], d[1.0])
print(1 in d, 2 in d, 3 in d, 'a' in d, 'b' in d, 2.0 in d, 'a' not in d)
d[2] = 'TWO'
d['b'] = 'B'
d[-1] = 'minus one'
print(d)
print({-1: 'x'}[-1], {-2: 'y'}[-2], hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
big = 2**70
d[big] = 'big'
print(d[big], big in d, d[2**70])
xs = [10, 20, 30]
print(xs[0], xs[-1], xs[-3])
xs[-1] = 99
xs[0] = 'first'
print(xs)
t = (1, 2, 3)
print(t[1], t[-2])
for bad in (3, -4):
    try:
        print(xs[bad])
    except IndexError as e:
        print('IndexError:', e)
    try:
        xs[bad] = 0
    except IndexError as e:
        print('IndexError:', e)
    try:
        print(t[bad])
    except IndexError as e:
        print('IndexError:', e)
try:
    d['missing']
except KeyError as e:
    print('KeyError:', e)
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
try:
    print([1] in d)
except TypeError as e:
    print(e)
print(xs[True], xs[False])
cache = {}
def fib(n):
    if n in cache:
        return cache[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = r
    return r
print(fib(90), len(cache))
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, Key) else other)
e = {Key(5): 'five'}
print(e[Key(5)], 5 in e, Key(5) in e)
e[5] = 'int five'
print(len(e))
