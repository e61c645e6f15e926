# Every call of the factory creates a fresh cell: two counters never interfere.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

a = make_counter()
b = make_counter()
print(a(), a(), a())
print(b())
print(a())
print(a.__closure__[0] is b.__closure__[0])
