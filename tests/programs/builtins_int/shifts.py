# Shifts of small ints, in the loop's fast path and past it: a shift
# that floors, keeps only the sign past 63 bits, or grows into a big int.
vals = [0, 1, -1, 2, -2, 5, -5, 7, 12345, -12345, 2**31, -2**31, 2**62, -2**62, 2**63 - 1, -2**63, 3**39]
shifts = [0, 1, 2, 5, 31, 32, 61, 62, 63, 64, 65, 100, 1000]
out = []
for x in vals:
    for s in shifts:
        r = x >> s
        l = x << s if s < 200 else None
        y = x
        y >>= s
        z = x
        z <<= s
        out.append((x, s, r, l, y, z, type(r).__name__))
for row in out:
    print(*row)
for x in vals[:6]:
    try:
        x >> -1
    except ValueError as e:
        print("ValueError", e)
    try:
        x << -1
    except ValueError as e:
        print("ValueError", e)
print(True >> 1, True << 3, False << 70)
i = 0
t = 0
while i < 1000:
    t += i * i % 7 - (i >> 2) + (i << 40)
    i += 1
print(t)
