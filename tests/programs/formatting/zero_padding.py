# Zero padding with width: {x:08.3f}, {n:05d}, signs and negative numbers.
x = 3.14159
print(f"{x:08.3f} {-x:08.3f} {x:+08.2f}")
print(f"{7:05d} {-7:05d} {7:03} {123456:03d}")
print(f"{42:08b} {255:06x} {0.5:06.1%}")
for i in range(1, 4):
    print(f"file_{i:03d}.txt")
