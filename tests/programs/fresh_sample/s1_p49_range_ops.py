# range arithmetic
r = range(2, 30, 4)
print(r[1:-1], r[::-1], r[::-1][0], r.count(10), r.index(26), len(r[100:]))
print(range(0, 10, 3) == range(0, 12, 3), list(range(5)[slice(1, None, 2)]))
try:
    r.index(3)
except ValueError as e:
    print(e)
