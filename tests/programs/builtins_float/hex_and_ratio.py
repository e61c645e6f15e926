# float.hex()/float.fromhex() round trips, int/float.as_integer_ratio(), repr(object()).
for x in [1.5, 0.1, -0.25, 0.0, -0.0, 5e-324, 1.7976931348623157e308, 2.0**-1022, 3.0, float("inf"), -float("inf")]:
    h = x.hex()
    print(h, float.fromhex(h) == x, float.fromhex(h))
for s in ["0x1.8p+0", " -0x1p-2 ", "0X10", "1p4", "0x.8", "inf", "-Infinity", "0x1.fffffffffffff8p+1023"]:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for s in ["", "0x", "0xg", "1p", "0x1p+-3"]:
    try:
        float.fromhex(s)
    except ValueError as e:
        print(repr(s), e)
print((1.0).fromhex("0x1p1"))
print((10).as_integer_ratio(), (-7).as_integer_ratio(), True.as_integer_ratio(), (2**70).as_integer_ratio())
print((0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (0.1).as_integer_ratio())
print(repr(object()).startswith("<object object at 0x"), str(object())[:15])
