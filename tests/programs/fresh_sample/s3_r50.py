# gc and sys introspection used in closure lessons
import gc, sys
def make():
    big = [0] * 1000
    return lambda: len(big)
f = make()
print(f(), sys.getsizeof([]) > 0, gc.collect() >= 0, type(f.__closure__[0].cell_contents).__name__)
