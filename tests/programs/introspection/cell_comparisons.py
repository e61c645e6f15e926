# Cells compare by their contents as in CPython 3.11 (empty cells first) and are unhashable.
def make(v):
    x = v
    return (lambda: x).__closure__[0]


def make_empty():
    def g():
        return x

    cell = g.__closure__[0]
    x = 1
    del x
    return cell


a, b, c = make(1), make(1), make(2)
print(a == b, a != b, a is b)
print(a < c, c > a, a <= b, a >= c)
e = make_empty()
print(e == e, e < a, a > e, e == make_empty(), e < make_empty(), e <= make_empty())
print(sorted([c, e, a], key=None) == [e, a, c])
print(a in [b], make([1, 2]) == make([1, 2]))
try:
    print(make("s") < make(1))
except TypeError as ex:
    print(ex)
print(a == 1, a != 1)
try:
    a < 1
except TypeError as ex:
    print(ex)
try:
    hash(a)
except TypeError as ex:
    print(ex)
try:
    {a}
except TypeError as ex:
    print(ex)
