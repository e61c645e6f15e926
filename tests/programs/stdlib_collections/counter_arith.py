# Counter arithmetic: +, -, |, &, unary +/-, in-place forms keep the same object, comparisons
from collections import Counter

a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, +a, -a)
same = a
a += Counter(c=5)
print(same is a, a)
a -= Counter(a=10)
print(a, same)
x = Counter(a=1)
print(x <= Counter(a=2), x < x, x >= Counter(), Counter(a=2) > x, x != Counter(a=1))
print(Counter("aab") + Counter("bcc"), sum([Counter("ab"), Counter("b")], Counter()))
try:
    Counter("a") + {"a": 1}
except TypeError as e:
    print(e)
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print(e)
try:
    Counter("a", "b")
except TypeError as e:
    print(e)
