# += on a tuple element list
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e)
print(t)
s = "ab"
s += "c"
s *= 2
print(s)
n = 10
n //= 3; n **= 3; n %= 7; n <<= 2; n |= 1; n ^= 3; n >>= 1; n &= 6
print(n)
