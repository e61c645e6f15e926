# Integers in other bases via format specs, hex() and %-formatting, with big ints.
for n in [0, 5, 255, -42, 2 ** 64]:
    print(f"{n:d} {n:b} {n:o} {n:x} {n:#X}", hex(n), "%x" % n)
print(f"{65:c}{66:c} {10:n} {1234:e}")
print(f"{True:d} {True} {False:>6}")
