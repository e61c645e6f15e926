# round and abs of ints, bools, floats
print(round(3.14159, 3), round(-2.5), round(7.5), round(1e16 + 1), round(123, -1), round(-0.5), abs(-3), abs(-2.5), abs(True), abs(-(2**70)))
print(round(2.5) == 2, round(3.5) == 4, round(0.5 + 1e-16), round(1.0000000000000002, 15))
