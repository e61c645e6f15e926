# seeds/002_2fc762ed25bdb8ee.txt, Part 6 Class Approach: the same accumulator as a class with __call__ (needs classes).
class Accumulator:
    def __init__(self):
        self.total = 0
    def __call__(self, x):
        self.total += x
        return self.total
acc = Accumulator()
print(acc(10)) # 10
print(acc(5)) # 15
print(acc(20)) # 35
