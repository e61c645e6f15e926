# a closure-based ID factory built on itertools.count, versus one built on nonlocal
import itertools

def id_maker(prefix, start=1):
    ticket = itertools.count(start)
    def make():
        return f"{prefix}{next(ticket):03d}"
    return make

def id_maker_nonlocal(prefix, start=1):
    n = start - 1
    def make():
        nonlocal n
        n += 1
        return f"{prefix}{n:03d}"
    return make

a = id_maker("A")
b = id_maker_nonlocal("B", 10)
print([a() for _ in range(3)], [b() for _ in range(3)])
print(a.__code__.co_freevars, b.__code__.co_freevars)
print(type(a.__closure__[1].cell_contents).__name__, a.__closure__[1].cell_contents)
