# The repr of a float is the shortest string that reads back the same.
print(0.1 + 0.2)
print(0.1 + 0.2 == 0.3)
print(1e16, 1e15, 123456789012345678.0)
print(1.5e-07, 0.0001, 0.00001)
print(1 / 3, 2 / 3, 10 / 4)
print(float("inf"), -float("inf"), 1e308 * 10)
print(3.0, -0.0, 2.5e-5, 1e22, 1e-5)
print(int(3.99), int(-3.99), float(7))
