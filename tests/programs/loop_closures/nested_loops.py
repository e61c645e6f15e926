# Closures made in nested loops capture both loop variables late.
def grid():
    cells = []
    for r in range(2):
        for c in range(2):
            cells.append(lambda: (r, c))
    return cells

print([f() for f in grid()])

def grid_fixed():
    return [lambda r=r, c=c: (r, c) for r in range(2) for c in range(2)]

print([f() for f in grid_fixed()])
