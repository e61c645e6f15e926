# Which wins for obj.name: a property on the class, the instance's own
# attribute, or a plain class attribute -- also when the property arrives
# after instances exist, or on a base class.
class Base:
    kind = 'base'

class Child(Base):
    def __init__(self):
        self.kind = 'instance'
        self.size = 1

c = Child()
print(c.kind, Child.kind, c.size)

def get_size(self):
    return 'property size'

def set_size(self, v):
    print('setter got', v)

Base.size = property(get_size, set_size)
print(c.size)
c.size = 5
print(c.size, c.__dict__['size'])
del Base.size
print(c.size)

class Plain:
    greeting = 'hello'
    def greet(self):
        return self.greeting
p = Plain()
print(p.greet())
p.greeting = 'hi'
print(p.greet(), Plain.greeting)
p.greet = lambda: 'shadowed method'
print(p.greet())
del p.greet
print(p.greet())
try:
    p.missing
except AttributeError as e:
    print(e)

class Temperature:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v * 1
t = Temperature()
t.celsius = 21
print(t.celsius, t._c)
t.__dict__['celsius'] = 'ignored: the property wins'
print(t.celsius)
