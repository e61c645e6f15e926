# property, staticmethod and classmethod are classes: their objects are
# instances of them, made by calling the class (keyword arguments too).
class Thermo:
    def __init__(self):
        self._c = 20

    def _get(self):
        return self._c

    def _set(self, value):
        self._c = max(value, -273)

    celsius = property(fget=_get, fset=_set)
    kelvin = property(lambda self: self._c + 273)


t = Thermo()
t.celsius = -500
print(t.celsius, t.kelvin)
print(property, staticmethod, classmethod)
print(isinstance(property(), property), isinstance(staticmethod(len), staticmethod),
      isinstance(classmethod(len), classmethod), isinstance(property(), staticmethod))
print(type(staticmethod(len)).__name__, type(property()).__name__, callable(staticmethod(len)))
print(staticmethod(abs)(-3), classmethod(abs).__func__ is abs)
