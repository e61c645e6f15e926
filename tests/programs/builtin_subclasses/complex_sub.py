# A subclass of complex: arithmetic returns complex, the parts stay reachable.
import cmath

class Phasor(complex):
    def magnitude(self):
        return abs(self)

    def angle_degrees(self):
        return round(cmath.phase(self) * 180 / cmath.pi, 6)

p = Phasor(3, 4)
print(p, repr(p), p.real, p.imag, p.magnitude(), p.angle_degrees())
print(p + 1, type(p + 1).__name__, p * 1j, -p, p.conjugate(), type(p.conjugate()).__name__)
print(p == 3 + 4j, hash(p) == hash(3 + 4j), complex(p), type(complex(p)).__name__, isinstance(p, complex))
print(Phasor("1+2j"), Phasor(), f"{p:.1f}", cmath.sqrt(Phasor(-4)), abs(Phasor(-2)))
try:
    int(p)
except TypeError as e:
    print("TypeError:", e)
