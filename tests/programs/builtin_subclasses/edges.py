# Subclassing builtins: __new__ checks, __init__ with more arguments, attributes, errors.
class Positive(int):
    def __new__(cls, value):
        if value < 0:
            raise ValueError(f"{value} is negative")
        return super().__new__(cls, value)

print(Positive(3) + Positive(4), type(Positive(3)).__name__)
try:
    Positive(-1)
except ValueError as e:
    print("ValueError:", e)

class Labeled(str):
    def __new__(cls, text, label):
        obj = super().__new__(cls, text)
        obj.label = label
        return obj

x = Labeled("text", "L1")
print(x, x.label, x.upper(), vars(x), x.__dict__)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

p = Point(1, 2)
print(p, p.x, p + (3,), type(p + (3,)).__name__, p == (1, 2), {p: "origin"}[(1, 2)])

m = Positive(10)
print(m.real, m.numerator, m.denominator, m.imag, float(m).is_integer(), sum([Positive(1), Positive(2)]))
print(Positive(3) == Positive(3), Positive(3) != 3, type(m)(5), m.__class__.__name__)
print(issubclass(Positive, int), Positive.__mro__, Positive.__bases__)

for base in ["bool", "range", "slice", "type(None)", "type(len)", "type(lambda: 0)"]:
    try:
        exec(f"class C({base}): pass")
    except TypeError as e:
        print("TypeError:", e)

class Meters(float):
    def __str__(self):
        return f"{float(self)} m"

d = Meters(2.5)
print(d, str(d), repr(d), f"{d}", f"{d:.2f}", "%s" % d, [d])
print(Meters(1) + Meters(2), d * 2, -d, abs(Meters(-1.5)), round(Meters(2.567), 1))
print(range(10)[Positive(2)], range(10)[Positive(1):Positive(3)], (1, 2, 3)[Positive(0)], b"abc"[Positive(1)])
