# seeds/002_2fc762ed25bdb8ee.txt, Part 1 Your First Closure: add5 and add10 carry their own n.
def make_adder(n):
    """Return a function that adds n to its argument."""
    def add(x):
        return x + n # n is a free variable - not local, not global
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(3)) # 8
print(add10(3)) # 13
print(add5(20)) # 25
