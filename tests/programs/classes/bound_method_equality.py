# Bound methods compare equal when they bind the same function to the same
# object, and hash alike (so they work as dict keys and set members).
class A:
    def f(self):
        return 0
    @classmethod
    def c(cls):
        return cls

a, b = A(), A()
print(a.f == a.f, a.f != a.f, a.f == b.f, a.f != b.f, a.f is a.f)
print(A.c == A.c, a.f == A.f, a.f == None, None != a.f)
print(hash(a.f) == hash(a.f), len({a.f, a.f, b.f}))
d = {a.f: 1}
d[a.f] = 2
print(len(d), d[a.f])
xs, ys = [], []
print(xs.append == xs.append, xs.append == ys.append, xs.append != xs.pop)
print(hash(xs.append) == hash(xs.append), len({xs.append, xs.append, ys.append}))
print(len == len, len != abs, print == print)
s = "ab"
print(s.upper == s.upper)
