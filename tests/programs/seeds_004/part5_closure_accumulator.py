# seeds/004_d0a714c7296f60be.txt, Part 5 When Closures Are Cleaner: make_accumulator(100.0) keeps a float total.
# Single-operation stateful callable - closure is cleaner
def make_accumulator(initial: float = 0.0):
    total = initial
    def add(value: float) -> float:
        nonlocal total
        total += value
        return total
    return add

acc = make_accumulator(100.0)
print(acc(10)) # 110.0
print(acc(20)) # 130.0
print(acc(5)) # 135.0
