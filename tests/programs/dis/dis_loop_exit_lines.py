# Where a loop ends, the jump out has the loop's line (cpython: propagate_line_numbers):
# an inner loop's exit back to the outer loop, a loop ending a function, a
# loop inside an if.
import dis

def make_cells():
    cells = []
    for i in range(2):
        for j in range(2):
            cells.append(lambda: (i, j))
    return cells

def walk(x, out):
    if isinstance(x, list):
        for item in x:
            walk(item, out)
    else:
        out.append(x)

def search(items, target):
    for n in items:
        if n == target:
            break
    else:
        n = None
    return n

dis.dis(make_cells)
dis.dis(walk)
dis.dis(search)
