# @staticmethod and @classmethod: read through the class or an instance, a
# staticmethod is its plain function and a classmethod is bound to the
# class it was read through (a subclass, too, and through super()).
class Temperature:
    scale = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"

    def __repr__(self):
        return f"{type(self).__name__}({self.degrees:.1f})"


class Kelvin(Temperature):
    scale = "K"

    @classmethod
    def describe(cls):
        return "kelvin: " + super().describe()


t = Temperature(100)
print(Temperature.convert(100), t.convert(0))
print(Temperature.from_f(212), Kelvin.from_f(32), t.from_f(50))
print(Temperature.describe(), Kelvin.describe(), Kelvin(1).describe())
m = Kelvin.from_f
print(m.__self__ is Kelvin, m.__func__.__name__, Temperature.convert.__name__)


class Registry:
    made = []

    @classmethod
    def counter(cls, start):
        count = start

        def step():
            nonlocal count
            count += 1
            cls.made.append(count)
            return count

        return step


step = Registry.counter(10)
print(step(), step(), Registry.made, step.__code__.co_freevars)
print(repr(staticmethod(len)).startswith("<staticmethod(<built-in function len"))
sm = staticmethod(lambda x: x + 1)
print(sm(1), callable(sm), type(sm).__name__, type(classmethod(len)).__name__)
for bad in [lambda: staticmethod(), lambda: classmethod(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
