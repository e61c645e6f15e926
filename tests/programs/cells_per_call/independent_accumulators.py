# Accumulators made by separate calls keep separate running totals.
def make_acc(start):
    total = start
    def add(x):
        nonlocal total
        total += x
        return total
    return add

acc1 = make_acc(0)
acc2 = make_acc(100)
for i in range(1, 4):
    print(acc1(i), acc2(i))
print(acc1.__closure__[0].cell_contents, acc2.__closure__[0].cell_contents)
