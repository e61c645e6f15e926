# float.hex for special values and ratio of integer-valued floats
print((2.0).hex(), (-0.5).hex(), (1 / 3).hex(), float.fromhex("0x1.5555555555555p-2") == 1 / 3)
print((5.0).as_integer_ratio(), (2 ** 0.5).as_integer_ratio()[1].bit_length(), (-0).as_integer_ratio())
