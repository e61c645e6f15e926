# '0x_' is an invalid hexadecimal literal.
x = 0x_
