# seeds/000_27bc754d294148a3.txt, 39.37 Closure Performance: inner copies the free variable value into the fast local v once.
def outer(value):
    def inner(xs):
        v = value
        total = 0
        for x in xs:
            total += x + v
        return total
    return inner

fn = outer(10)
print(fn([1, 2, 3]))
print(fn.__code__.co_varnames)
print(fn.__code__.co_freevars)
