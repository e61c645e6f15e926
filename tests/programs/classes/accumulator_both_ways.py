# The same running average as a closure (state in cells) and as a class (state in attributes).
def make_averager():
    total = 0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add

class Averager:
    def __init__(self):
        self.total = 0
        self.count = 0

    def __call__(self, x):
        self.total += x
        self.count += 1
        return self.total / self.count

f, g = make_averager(), Averager()
print([f(x) for x in (10, 20, 60)])
print([g(x) for x in (10, 20, 60)])
print(f.__code__.co_freevars, [c.cell_contents for c in f.__closure__])
print(g.total, g.count)
