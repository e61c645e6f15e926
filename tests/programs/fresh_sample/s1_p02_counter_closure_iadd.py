# closures with nonlocal and in-place list ops
def make():
    items = []
    total = 0
    def add(x):
        nonlocal total
        items.extend([x])
        total += x
        return total
    return add, items
add, items = make()
for i in range(4):
    add(i)
print(items, add.__closure__[1].cell_contents if len(add.__closure__) > 1 else None)
print([c.cell_contents for c in add.__closure__])
