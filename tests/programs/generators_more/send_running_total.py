# send() delivers a value to the paused yield; the first send must be None.
def running_total():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

acc = running_total()
print(acc.send(None))
print(acc.send(5), acc.send(10), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
fresh = running_total()
try:
    fresh.send(1)
except TypeError as e:
    print(e)
