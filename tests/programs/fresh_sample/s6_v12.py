# tuple comparison with None inside raises
try:
    print((1, None) < (1, 2))
except TypeError as e:
    print(e)
print((1, None) == (1, None), [None] * 2, (None,) < (None, 1))
