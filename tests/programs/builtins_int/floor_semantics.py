# Python floors: // and % follow the divisor's sign, for ints, big ints and floats
for a in [7, -7, 2**65 + 3, -(2**65 + 3)]:
    for b in [2, -2, 3, -3, 2**64]:
        print(a // b, a % b, divmod(a, b))
print(-7.5 // 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2), divmod(7, -2.0))
print(-0.0 % 5, 0.0 % -5, 5 % -0.5)
print(-9223372036854775808 // -1, -9223372036854775808 % -1)
