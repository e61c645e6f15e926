# dis of comprehensions: their code objects have no docstring slot, so a lambda inside is constant 0 as in CPython 3.11.
import dis
def f():
    return [x for x in range(3)]
def g(xs):
    return [lambda: y for y in xs]
def h(xs):
    return (x for x in xs)
dis.dis(f)
dis.dis(g)
dis.dis(h)
