# unary operators, bit_length, bit_count, hex/oct/bin
for v in [0, 1, -1, 255, -256, 2**64, -(2**64) + 1, True]:
    print(-v, +v, ~v, abs(v), v.bit_length(), v.bit_count(), hex(v), oct(v), bin(v))
print(-2.5, +2.5, abs(-2.5), -(-0.0))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
