# One call can return several closures in a tuple or a dict.
def make_ops(n):
    def add(x):
        return x + n
    def sub(x):
        return x - n
    return add, sub

add5, sub5 = make_ops(5)
print(add5(10), sub5(10))

def make_table(n):
    return {"times": lambda x: x * n, "plus": lambda x: x + n}

t = make_table(4)
print(t["times"](3), t["plus"](3))
print(sorted(t))
