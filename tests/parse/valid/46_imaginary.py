a = 1j
b = 2.5J + 1e3j - 1_0j
c = 0j, 1.j, .5j, 09.5j, 1e-3j
d = -1j * (1 + 2j) ** 2
e = 1 if 1j else 2
