# Imaginary literals: every spelling the tokenizer accepts, and their values.
print(1j, 2.5J, 1e3j, 1_0j, 0j, 1.j, .5j, 09.5j, 1E-3J, 00j)
print(type(1j), type(1j).__name__, isinstance(2j, complex))
print(1j.real, 1j.imag, 1J.imag)
print(1e1000j, -1e1000j, 1_000.000_1j)
x = 1 if 0j else 2
y = [k for k in (1j, 2j) if k]
print(x, y)
print(3+4j, 3-4j, -4j, -(4j), +4j)
print(0j == 0, 1j ** 2 == -1, 1j * 1j)
