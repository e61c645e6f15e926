# Each recursive activation of a function has its own cell for its local.
def nest(depth):
    level = depth
    def show():
        return level
    if depth == 0:
        return [show]
    return [show] + nest(depth - 1)

shows = nest(3)
print([s() for s in shows])
print(len(shows), shows[0].__closure__[0] is shows[1].__closure__[0])
