# sorting cells, comparing with empty cells
def make(v):
    return (lambda: v).__closure__[0]
cells = [make(3), make(1), make(2)]
print([c.cell_contents for c in sorted(cells)])
def empty():
    def inner():
        return z
    z = 0
    del z
    return inner.__closure__[0]
e = empty()
print(e < make(0), make(0) > e, e == empty(), max([e, make(9)]).cell_contents)
