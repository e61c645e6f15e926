# One attribute site meets dicts in different orders, deleted attributes,
# a descriptor added later, and methods shadowed or replaced.
class P:
    def __init__(self, first):
        if first:
            self.a = 1
            self.b = 2
        else:
            self.b = 20
            self.a = 10

    def get(self):
        return self.a + self.b

    def bump(self):
        self.a += 1
        return self.a

ps = [P(True), P(False), P(True)]
for _ in range(3):
    print([p.get() for p in ps], [p.bump() for p in ps])

q = ps[1]
del q.b
q.b = 5
print(q.get(), q.__dict__)
del q.a
try:
    q.get()
except AttributeError as e:
    print("AttributeError:", e)
q.a = 7
print(q.get(), list(q.__dict__))

# an instance attribute shadows the method, then goes away
q.get = lambda: "own"
print(q.get(), ps[0].get())
del q.get
print(q.get())

# the class's method is replaced, then a base's is used
def get2(self):
    return "replaced", self.a
P.get = get2
print([p.get() for p in ps])

class Base:
    def who(self):
        return "base"

class Kid(Base):
    pass

k = Kid()
for _ in range(2):
    print(k.who())
Kid.who = lambda self: "kid"
print(k.who())
del Kid.who
print(k.who())

# a property added to the class takes precedence over the instance dict
class R:
    def __init__(self):
        self.x = 1

    def read(self):
        return self.x

r = R()
print(r.read(), r.read())
R.x = property(lambda self: "prop")
print(r.read())
del R.x
print(r.read())

# __setattr__ defined after instances exist
class S:
    def set(self, v):
        self.v = v
        return self.v

s = S()
print(s.set(1), s.set(2))
def loud(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)
S.__setattr__ = loud
print(s.set(3))

# many attributes: the dict is probed, not scanned
class Many:
    pass

m = Many()
for i in range(20):
    setattr(m, "f%d" % i, i)

def total(o):
    return o.f0 + o.f7 + o.f19

print(total(m), total(m))
del m.f0
m.f0 = 100
print(total(m))
