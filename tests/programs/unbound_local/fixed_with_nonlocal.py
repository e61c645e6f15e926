# The broken counter and its fix, side by side.
def broken():
    count = 0
    def inc():
        count += 1
        return count
    return inc

def fixed():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

for maker in (broken, fixed):
    try:
        f = maker()
        print(maker.__name__, f(), f())
    except UnboundLocalError as e:
        print(maker.__name__, "fails:", e)
