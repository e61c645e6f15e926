# seeds/004_d0a714c7296f60be.txt, Part 4 Partial Application: partial_apply by hand with *args/**kwargs merging, then functools.partial.
def partial_apply(func, *fixed_args, **fixed_kwargs):
    """Fix some arguments of func, returning a new function."""
    def applied(*args, **kwargs):
        return func(*fixed_args, *args, **{**fixed_kwargs, **kwargs})
    return applied


def power(base, exponent):
    return base ** exponent

square = partial_apply(power, exponent=2)
cube = partial_apply(power, exponent=3)

print(square(5)) # 25
print(cube(3)) # 27

# Python's functools.partial does the same thing (more robustly)
from functools import partial
square2 = partial(power, exponent=2)
print(square2(5)) # 25
