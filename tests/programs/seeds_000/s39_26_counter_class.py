# seeds/000_27bc754d294148a3.txt, 39.26 Closure State vs Object State (object version): the same counter as a class (needs classes).
class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        return self.n

c = Counter()
print(c.inc(), c.inc(), c.inc())
print(c.n)
