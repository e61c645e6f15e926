# seeds/002_2fc762ed25bdb8ee.txt, Part 6 Closure Approach: make_accumulator keeps total in a nonlocal cell.
def make_accumulator():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return add
acc = make_accumulator()
print(acc(10)) # 10
print(acc(5)) # 15
print(acc(20)) # 35
