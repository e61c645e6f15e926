# Reference cycles: a self-recursive inner function is a cycle
# (function -> closure -> cell -> function). Made in a loop, the cycles must be
# reclaimed or peak memory grows without bound.
import gc

def outer(n):
    def walk(k):
        return 0 if k == 0 else walk(k - 1) + 1
    return walk(n)

total = 0
for i in range(200000):
    total += outer(i % 50)
gc.collect()
print("cycles", total)
