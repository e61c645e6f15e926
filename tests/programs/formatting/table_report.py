# A small aligned report built from format specs.
rows = [("widget", 4, 3.5), ("gadget", 12, 10.0), ("doohickey", 1, 125.25)]
header = f"{'item':<10}{'qty':>5}{'price':>10}{'total':>12}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    line_total = qty * price
    grand += line_total
    print(f"{name:<10}{qty:>5}{price:>10.2f}{line_total:>12,.2f}")
print("=" * len(header))
print(f"{'sum':<25}{grand:>12,.2f}")
print("{:<25}{:>12.1%}".format("share of first", rows[0][1] * rows[0][2] / grand))
