# Three functions, one counter: increment, decrement and reset share a cell.
def make_counter():
    n = 0
    def up():
        nonlocal n
        n += 1
        return n
    def down():
        nonlocal n
        n -= 1
        return n
    def reset():
        nonlocal n
        n = 0
    return up, down, reset

up, down, reset = make_counter()
print(up(), up(), up(), down())
reset()
print(up())
cells = {id(f.__closure__[0]) for f in (up, down, reset)}
print(len(cells))
