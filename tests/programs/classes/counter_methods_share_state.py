# Bound methods carry their instance; two counters do not share state.
class Counter:
    created = 0

    def __init__(self, start=0):
        self.value = start
        Counter.created += 1

    def inc(self, by=1):
        self.value += by
        return self

    def __repr__(self):
        return f"Counter({self.value})"

a = Counter()
b = Counter(10)
step = a.inc
step()
step(5)
print(a, b, Counter.created)
print(b.inc().inc(2).inc())
print(step.__self__ is a, step.__func__ is Counter.inc, step.__name__)
