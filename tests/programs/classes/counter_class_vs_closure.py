# The same counter as a closure and as a class (classes come later in the subset).
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self):
        self.count += 1
        return self.count

c1 = make_counter()
c2 = Counter()
print(c1(), c1(), c2(), c2())
print(c1.__closure__[0].cell_contents, c2.count)
