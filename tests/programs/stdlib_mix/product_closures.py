# itertools.product feeding a list of closures, and the closures' cells
from itertools import product

def make_op(a, b):
    def op():
        return f"{a}{b}"
    return op

ops = [make_op(a, b) for a, b in product("xy", "12")]
print([f() for f in ops], [f.__code__.co_freevars for f in ops[:1]])
print(len({id(f.__closure__[0]) for f in ops}), list(product(range(2), repeat=3))[-2:])
