# sys.getsizeof: CPython 3.11's sizes for common objects
import sys
for v in [0, 1, -5, 2**30, 2**60, 2**100, True, False, 1.5, '', 'a', 'abc', 'é', '€', '😀', (), (1, 2), {}, {'a': 1}, {1: 2}, set(), {1, 2, 3, 4, 5}, [], [1, 2], None]:
    print(repr(v), sys.getsizeof(v))
s = set()
for i in range(20):
    s.add(i)
print(sys.getsizeof(s), sys.getsizeof(lambda: 0))
def outer():
    x = 1
    def inner():
        return x
    return inner
print(sys.getsizeof(outer().__closure__[0]))
