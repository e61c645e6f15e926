# An accumulator keeps a total and a count between calls.
def make_averager():
    total = 0
    count = 0
    def average(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return average

avg = make_averager()
print(avg(10))
print(avg(11))
print(avg(12))
print(avg.__code__.co_freevars)
