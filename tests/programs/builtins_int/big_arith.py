# big int arithmetic demotes back to small ints; mixed with small ints and floats
a = 2**64
print(a - 2**64 + 5, a // 2**60, a % 1000, -a // 7, -a % 7, a * a, a ** 3, (a + 1) * (a - 1) == a * a - 1)
print(abs(-a), -a + a, a >> 64, a >> 200, (a - 1) & 0xFF, (-a) | 1, a ^ a, a == 2.0**64, a + 0.5)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 3037000500 * 3037000500, -(-9223372036854775808))
print(10**20 // 10**10, divmod(10**30, 7), divmod(-10**30, 7), pow(10, 30) // pow(10, 29))
x = 1
for i in range(1, 30):
    x *= i
print(x, x // (x // 29), len(str(x)))
