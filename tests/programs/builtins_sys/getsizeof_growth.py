# getsizeof follows hash-table growth of dicts and sets built by insertion
import sys
d = {}
sizes = []
for i in range(12):
    d[str(i)] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
s = set()
ssizes = []
for i in range(40):
    s.add(i)
    ssizes.append(sys.getsizeof(s))
print(ssizes)
print(sys.getsizeof(tuple(range(10))), sys.getsizeof(2**1000), sys.getsizeof('x' * 100), sys.getsizeof(3.0))
