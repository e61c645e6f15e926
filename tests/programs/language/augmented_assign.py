# Every augmented assignment operator on ints.
x = 100
x += 5
x -= 3
x *= 2
print(x)
x //= 7
x %= 10
print(x)
x **= 3
x |= 1
x &= 0b111111
x ^= 0b101
x <<= 2
x >>= 1
print(x)
y = 7.0
y /= 2
print(y)
