# Tuples compare element by element; equality works across list contents.
print((1, 2) < (1, 3), (2,) > (1, 9, 9), () < (0,))
print((1, [2]) == (1, [2]), [1, (2, 3)] == [1, (2, 3)])
t = (1,)
print(t, type(t).__name__, len(t), (1) == 1)
print(max([(1, "b"), (1, "a")]), sorted([(2, 1), (1, 2), (1, 1)]))
