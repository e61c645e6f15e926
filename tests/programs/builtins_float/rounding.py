# round(): ties to even on the exact binary value, negative ndigits, ints
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2), round(0.125, 2))
print(round(1234.5678, -2), round(1234.5, -1), round(1e300, 2), round(-0.0), round(0.1, 20))
print(round(15, -1), round(25, -1), round(-25, -1), round(12345, -2), round(7, 3), round(True))
print(round(2.5, 0), round(3.5, None), round(1e-300, 2), round(-1e-10, 3))
print(type(round(2.5)), type(round(2.5, 0)), round(2**70 + 0.0), round(5, 0))
for bad in [float('inf'), float('nan')]:
    try:
        round(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    round('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
