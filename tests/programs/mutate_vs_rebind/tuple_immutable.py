# Tuples cannot be mutated; to change a captured tuple you must rebind.
def make():
    point = (0, 0)
    def move(dx, dy):
        nonlocal point
        point = (point[0] + dx, point[1] + dy)
        return point
    return move

move = make()
move(1, 2)
print(move(3, 4))
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
