# __init_subclass__ validation
class Shape:
    sides = None
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if cls.sides is None:
            raise TypeError(f"{cls.__name__} must define sides")
class Tri(Shape):
    sides = 3
print(Tri.sides)
try:
    class Blob(Shape):
        pass
except TypeError as e:
    print(e)
