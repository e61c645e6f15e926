# range objects: indexing and slicing give ranges, index() and count(), errors.
r = range(0, 20, 3)
print(r[2], r[-1], r[1:4], r[::-1], r[::2], len(r[10:]), r.index(9), r.count(3), r.count(4))
print(range(10)[2:8:3], list(range(10)[-3:]), range(5)[::-2], range(10, 0, -2)[1:3])
print(range(10**20)[10**19:10**19 + 3], range(3)[5:], range(0)[::-1])
for bad in [100, "a"]:
    try:
        r[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    r.index(4)
except ValueError as e:
    print(e)
print(r.count(3.0), range(5).count(True))
