# float methods and conversions to int
print((2.0).is_integer(), (2.5).is_integer(), (0.75).as_integer_ratio(), (-2.0).as_integer_ratio(), (0.1).as_integer_ratio())
print(int(2.9), int(-2.9), int(1e20), int(-1e30), float(2**70), float(True), float(-5))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: float(10**400))
t(lambda: (1.5).as_integer_ratio())
t(lambda: float('inf').as_integer_ratio())
t(lambda: float('nan').as_integer_ratio())
t(lambda: int(float('inf')))
