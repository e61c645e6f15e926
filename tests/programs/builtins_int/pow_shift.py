# ** with negative and big exponents, shifts, bitwise ops on negatives
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(2 ** 100, (-3) ** 33, 2 ** -1, 10 ** -3, (-2) ** -3, 0 ** 0)
print(2.0 ** 0.5, 4 ** 0.5, (-8.0) ** 3, 1.5 ** 2)
print(1 << 70, -1 << 3, (2**70) >> 65, -(2**70) >> 3, -5 >> 1, 5 >> 100, -5 >> 100)
print(-12 & 10, -12 | 10, -12 ^ 10, (2**70 - 1) & -(2**65), ~0, ~(2**70), -(2**70) ^ 5)
print(True & False, True | False, True ^ True, True & 3, ~True, -True, +False)
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: 10.0 ** 400)
t(lambda: 1 << 10**12)
t(lambda: 1 @ 2)
t(lambda: 1.5 & 1)
t(lambda: ~1.5)
