# Floor division and modulo round toward negative infinity.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(a, b, a // b, a % b)
print(-7 / 2, 7 / -2)
print(-7.5 // 2, -7.5 % 2)
print(2 ** -1, (-2) ** 3, -2 ** 2)
