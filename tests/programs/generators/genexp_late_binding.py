# The genexp reads factor when it runs, not when it is created.
def demo():
    factor = 1
    gen = (x * factor for x in range(3))
    factor = 100
    return list(gen)

print(demo())
