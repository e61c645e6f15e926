# The famous puzzle: what do these multipliers return?
def multipliers():
    return [lambda x: i * x for i in range(4)]

print([m(2) for m in multipliers()])

def multipliers_fixed():
    return [lambda x, i=i: i * x for i in range(4)]

print([m(2) for m in multipliers_fixed()])
