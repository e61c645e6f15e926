# seeds/000_27bc754d294148a3.txt, 39.22 Rebinding vs Mutating (correct rebinding): nonlocal xs; each call rebinds xs to a new list.
def outer():
    xs = []

    def add(x):
        nonlocal xs
        xs = xs + [x]
        return xs

    return add

add = outer()
first = add(1)
second = add(2)
print(first, second)
print(first is second)
