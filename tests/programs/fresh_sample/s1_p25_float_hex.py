# float.hex round trip and exact ratios
for x in [0.5, 0.1 + 0.2, 1e10, -3.75]:
    print(x.hex(), float.fromhex(x.hex()) == x, x.as_integer_ratio())
print((7).as_integer_ratio(), float.fromhex("0x1.999999999999ap-4"))
