# bools are ints in arithmetic; & | ^ of two bools stay bools
print(True + True, True * 3, True / 2, True // 2, True % 2, True ** 10, -True, ~False, True << 3)
print(True & True, True | False, False ^ True, True & 1, type(True & False).__name__, type(True + False).__name__)
print(1 == True, 2 == True, hash(True) == hash(1), True < 2, max(True, 0.5), sum([True] * 5), round(True, 2))
