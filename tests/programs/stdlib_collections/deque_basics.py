# deque: both ends, maxlen windows, rotate, reprs, iteration both ways
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d, len(d), d[0], d[-1], 2 in d)
d.extend("ab")
d.extendleft([9, 8])
print(d, list(reversed(d)), d.count(2), d.index("a"))
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.maxlen)
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), sum(window))
print(window, deque("abc", 2), deque([1, 2], maxlen=5).maxlen, deque())
window.appendleft(-1)
print(window, window == deque([-1, 3, 4], maxlen=3), window == [-1, 3, 4], deque([1]) < deque([2]))
e = deque([3, 1])
e.insert(1, 2)
e.remove(3)
e.reverse()
e[0] = "z"
del e[1]
print(e, e + deque([7]), e * 2, bool(deque()), e.copy(), type(e), deque)
e.clear()
print(e)
