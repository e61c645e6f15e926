# Nonlocal counter: one closure whose cell is read and rebound millions of times.
def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

inc = make_counter()
total = 0
for i in range(4000000):
    total += inc()
print("counter", inc(), total)
