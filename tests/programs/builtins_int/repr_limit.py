# str() of huge ints is refused past 4300 digits; int() of long strings too
x = 10**4299
print(len(str(x)))
try:
    print(str(x * 10))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('1' * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(len(repr(-(10**4299))))
