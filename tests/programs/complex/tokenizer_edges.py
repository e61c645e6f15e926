# Imaginary literals at the tokenizer's edges: a keyword right after one
# (valid, with CPython's SyntaxWarning, as for other numbers), `0j`, `1.j`,
# `1j.real`, and an exponent that is not one (`1e3.j` is an attribute).
x = 1jif 1 else 2
y = [0jfor _ in "ab"]
z = 2jor 3
print(x, y, z, 1.5jif 0 else 1.j, 1if 1 else 2)
print(0j, 00j, 1.j, 1j.real, 1J.imag, 1_0.5_0j, 0e0j, 0.0j.imag)
try:
    print(1e3.j)
except AttributeError as e:
    print("AttributeError:", e)
print(eval("1j+1"), eval("  2.5J"), [1j, -1j, +1j][::-1])
