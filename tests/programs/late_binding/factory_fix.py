# Fix 2: a factory gives each function its own cell.
def make(i):
    return lambda: i

fs = [make(i) for i in range(3)]
print([f() for f in fs])
print(fs[0].__closure__[0] is fs[1].__closure__[0])
