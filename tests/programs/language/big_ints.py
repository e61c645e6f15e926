# Python ints grow without limit.
print(2 ** 100)
print(2 ** 64 - 1)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(-(10 ** 30) // 7, -(10 ** 30) % 7)
print(len(str(3 ** 500)))
print(10 ** 20 == 100000000000000000000, 2 ** 63 > 9223372036854775806)
