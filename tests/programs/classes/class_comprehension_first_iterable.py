# In a class body, a comprehension sees class names only in its first iterable.
class Grid:
    size = 3
    cells = [i for i in range(size)]
    pairs = [(i, j) for i in range(size) for j in range(2)]
    try:
        scaled = [i * size for i in range(2)]
    except NameError as e:
        scaled = str(e)

print(Grid.cells)
print(Grid.pairs)
print(Grid.scaled)

class Bad:
    size = 2
    rows = [[j for j in range(size)] for i in range(size)]
