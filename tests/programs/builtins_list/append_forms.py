# list.append through LOAD_METHOD, bound, unbound, on subclasses, and its
# errors: the specialised call and the general one agree.
xs = []
for i in range(5):
    xs.append(i)
xs.append(xs)
print(xs)
try:
    xs.append()
except TypeError as e:
    print(e)
try:
    xs.append(1, 2)
except TypeError as e:
    print(e)
try:
    xs.append(x=1)
except TypeError as e:
    print(e)
f = xs.append
f(9)
list.append(xs, 10)
class L(list):
    pass
l = L()
l.append(3)
print(l, type(l).__name__, xs[-3:] if False else len(xs))
class M(list):
    def append(self, v):
        super().append(v * 2)
m = M()
m.append(4)
print(m)
print(xs.append(1) is None)
