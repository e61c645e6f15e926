# in-place operators keep the object: list *= and +=, also on a list subclass
a = [1, 2]
b = a
a *= 2
a += [0]
print(a, b, a is b)
c = [5]
d = c
c *= 0
print(c, d, c is d)

class Stack(list):
    pass

s = Stack([1])
t = s
s += [2]
s *= 2
print(s, type(s).__name__, s is t, t)
