# Two closures from one factory share their code object but not their cells.
def make_adder(n):
    def add(x):
        return x + n
    return add

f = make_adder(1)
g = make_adder(2)
print(f.__code__ is g.__code__)
print(f.__closure__[0] is g.__closure__[0])
print(f.__closure__[0].cell_contents, g.__closure__[0].cell_contents)
print(f == g)
