# Subclasses of int and float: the value inside, operators that return the base type.
class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"

    def cents(self):
        return self * 100

m = Money(42)
print(m, repr(m), str(m), int(m), float(m))
print(m + 1, type(m + 1).__name__, m * 2, -m, abs(Money(-3)), m // 5, m % 5, 2 ** Money(3))
print(m.cents(), type(m.cents()).__name__, m.bit_length(), isinstance(m, int), type(m).__name__)
print(m == 42, m < 50, 42 == m, hash(m) == hash(42), {m: "x"}[42], bool(Money(0)))
print(Money("101", 2), Money(), Money(7.9), f"{m:>6}|{m:x}", format(m, "05d"))
print(list(range(Money(3))), "ab"[Money(1)], [0, 1, 2][Money(2):], divmod(m, 5))
total = Money(10)
total += 5
print(total, type(total).__name__)

class Celsius(float):
    def __new__(cls, degrees):
        return super().__new__(cls, degrees)

    def fahrenheit(self):
        return self * 9 / 5 + 32

c = Celsius(21.5)
print(c, repr(c), c.fahrenheit(), c.is_integer(), round(c), c.hex(), isinstance(c, float))
print(Celsius("3.25") + 1, type(Celsius(1) + 1).__name__, c > 20, sorted([Celsius(3), 1.5, Money(2)]))
import math
print(math.floor(c), math.sqrt(Celsius(16)), int(c), f"{c:.1f}", max(c, 30))

class Flag(int):
    pass
f = Flag(True)
print(f, type(f).__name__, Flag(5) & 3, Flag(1) << 4, ~Flag(0))
