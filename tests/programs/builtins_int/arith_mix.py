# int, bool and float arithmetic mixed, every operator
vals = [7, -7, True, 2.5, -0.5, 2**70]
for a in vals:
    for b in [3, -2, True, 1.5]:
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b)
