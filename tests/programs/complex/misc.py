# complex around the builtins: sys.getsizeof, type checks, attributes, sum,
# min and sorted by key, copy, operator and itertools.count with complex.
import sys
print(sys.getsizeof(1j), sys.getsizeof(0j), type(1j) is complex, issubclass(complex, object))
print(isinstance(1j, (int, float)), isinstance(True, complex), complex.__name__, complex)
print(callable(complex), type(complex(1)), (2 + 3j).__complex__())
vals = [3 - 4j, 1j, -2, 0.5 + 0.5j]
print(sorted(vals, key=abs), min(vals, key=abs), max(vals, key=lambda z: z.imag))
print(sum(vals), sum(vals, 1j), [z.conjugate() for z in vals])
roots = {n: (1j ** (4 / n)) for n in (1, 2, 4)}
print(roots)
print(str(1j).upper(), repr(-1j)[::-1], f"{-1j:>6}|")
print((1j).real.is_integer(), (2.5 + 1j).imag.hex(), divmod(7, 2))
print([type(x).__name__ for x in (1, 1.0, 1j, True)], (-8) ** 0.5, 2 ** 0.5j)
import copy, itertools, operator
print(copy.copy(1j), copy.deepcopy([1j, 2 + 3j]), operator.truediv(1, 1j), operator.abs(3 + 4j))
c = itertools.count(1j, 2)
print(next(c), next(c), c, list(itertools.accumulate([1j, 2, 3])))
