# Generators (beyond SPEC §8's closure workloads): a generator function
# resumed millions of times, and a generator expression feeding sum().
def evens(n):
    for i in range(n):
        yield i * 2

total = sum(evens(1500000))
total += sum(x for x in range(1500000) if x % 3)
print("generators", total)
