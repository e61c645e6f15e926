# cell of a loop variable compared across iterations
cells = []
for i in range(3):
    def f(): return i
    cells.append(f.__closure__)
print(cells[0] is cells[1], cells[0] == cells[1], cells[0][0] is cells[2][0])
