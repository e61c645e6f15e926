# exact comparisons between ints, big ints and floats
big = 2**53 + 1
print(big == float(big), big > float(big), big < 2.0**53 + 2, float(big) == 2**53)
print(10**400 > 1e308, 10**400 < float('inf'), -10**400 > float('-inf'))
print(1 == 1.0, True == 1, 0.5 < 1, 2**64 == 2.0**64, 2**64 + 1 == 2.0**64)
nan = float('nan')
print(nan == nan, nan < 1, nan > 1, 1 < nan, nan != nan, 10**400 == nan)
print(sorted([3, 1.5, True, 2**70, -0.5, 0]))
print(max(1, 1.0), min(1.0, 1), max(2**70, 1e21))
print({1: 'a', 1.0: 'b', True: 'c'})
