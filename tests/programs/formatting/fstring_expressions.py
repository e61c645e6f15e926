# f-string fields hold arbitrary expressions: calls, subscripts, conditionals, self-documenting =.
items = {"apples": 3, "pears": 0}
total = sum(items.values())
print(f"{len(items)} kinds, {total} fruit, {total / len(items):.2f} avg")
print(f"{items['apples'] * 2} {'yes' if total else 'no'} {[k.upper() for k in items]}")
x = 7
print(f"{x=} {x * 2 = } {x=:>4} {x=!s}")
width = 5
print(f"{'|'.join(f'{k:>{width}}' for k in items)}")
print(f"{{x}} {x}")
