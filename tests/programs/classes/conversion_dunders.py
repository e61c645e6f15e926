# int(), float() and complex() ask an object to convert itself.
class Temperature:
    def __init__(self, degrees):
        self.degrees = degrees
    def __float__(self):
        return float(self.degrees)
    def __int__(self):
        return int(self.degrees)

class Position:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i

t = Temperature(21.7)
print(float(t), int(t), complex(t))
p = Position(3)
print(float(p), int(p), "abcdef"[p], list(range(p)), bin(p), [10, 20, 30, 40][p])

class Bad:
    def __float__(self):
        return "no"
    def __int__(self):
        return 2.5
    def __index__(self):
        return "x"

for convert in (float, int):
    try:
        convert(Bad())
    except TypeError as e:
        print("TypeError:", e)
try:
    "abc"[Bad()]
except TypeError as e:
    print("TypeError:", e)
try:
    float(object())
except TypeError as e:
    print("TypeError:", e)
print([1, 2, 3][p - 2 if False else Position(1):], "abcdef"[Position(1):Position(4):Position(2)], range(9)[Position(2):])
