# Closures made in a loop of calls each get their own cell.
def make(n):
    return lambda: n

makers = [make(i) for i in range(4)]
print([m() for m in makers])
cells = [m.__closure__[0] for m in makers]
print(len(set(id(c) for c in cells)))
print([c.cell_contents for c in cells])
