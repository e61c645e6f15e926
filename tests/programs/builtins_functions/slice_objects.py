# slice objects: slice(), start/stop/step, indices(), equality, use as a subscript, errors.
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, [0, 1, 2, 3, 4, 5, 6][s], "abcdef"[slice(3)])
print(slice(None).indices(10), s.indices(3), slice(-1, None, -1).indices(5), slice(2, -2).indices(6))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), repr(slice(1)), type(s).__name__)
print((1, 2, 3, 4)[slice(None, None, -1)], list(range(10))[slice(-3, None)])
try:
    hash(slice(1))
except TypeError as e:
    print(e)
for args in [(), (1, 2, 3, 4)]:
    try:
        slice(*args)
    except TypeError as e:
        print(e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print(e)
try:
    [1, 2][slice(0, 2, 0)]
except ValueError as e:
    print(e)
