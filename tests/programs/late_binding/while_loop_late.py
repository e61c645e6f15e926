# A while loop shows the same: closures see the variable, not its past values.
def make():
    fs = []
    k = 0
    while k < 3:
        fs.append(lambda: k * 10)
        k += 1
    return fs

print([f() for f in make()])
