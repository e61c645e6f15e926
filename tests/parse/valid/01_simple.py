x = 1
y = x + 2 * 3 - 4 / 5 // 6 % 7 ** 8
z = -2 ** 2
w = 2 ** -1
a = b = c = 0
print(x, y, sep=", ", end="\n")
pass; x = 3; y = 4;
