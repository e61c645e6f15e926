# slice objects and range slicing
every_other = slice(None, None, 2)
data = list(range(10))
print(data[every_other], "abcdefg"[every_other], tuple(range(5))[every_other])
r = range(100)[10:50:5]
print(r, len(r), r[-1], list(r[:3]), 30 in r, r.index(45))
print(every_other.indices(len(data)))
