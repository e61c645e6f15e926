# Thousands separators and percentages.
n = 1234567890
print(f"{n:,} {n:_} {-n:,} {12:,} {0:,}")
print(f"{1234.5678:,.2f} {n:>16,} {1000000.0:,}")
print(f"{n:_x} {255:#x} {255:#b} {8:o} {255:X}")
done, total = 7, 9
r = done / total
print(f"{r:.1%} {r:.0%} {r:>8.2%} {1:.1%}")
print(f"{2 ** 70:,}")
