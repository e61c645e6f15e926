# int / int is correctly rounded, also for ints too big for a float
print(10**400 // 10**399, 10**400 / 10**399, (10**400 + 1) / 3**800)
print(2**1100 / 2**1000, 1 / 3, 2**53 + 1, (2**53 + 1) / 1, 9007199254740993 / 1)
print(-(10**30) / 7, 10**30 / -7, 12345678901234567890123 / 10**10)
print(1 / 10**320, 7 / 2**1070)
try:
    print(10**400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10**400 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
