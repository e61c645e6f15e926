# range objects in membership and equality
r = range(0, 100, 7)
print(49 in r, 50 in r, len(r), r[3:6], list(r[-3:]), r == range(0, 99, 7), range(3) == range(0, 3, 1))
print(list(reversed(range(5))), range(10)[::3].count(6), sum(range(1, 101)))
