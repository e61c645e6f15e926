# `a, b = b, a` compiles to a SWAP, or to two stores in swapped order; the
# result is the same as building and unpacking the tuple, in every case.
import dis


def swaps(a, b, c):
    a, b = b, a
    x, y, z = a, b, c
    x, y, z = z, y, x
    same, same = 1, 2
    (single,) = (c,)
    return a, b, x, y, z, same, single


class Box:
    pass


def attributes(box, items):
    box.left, box.right = 1, [2]
    box.left, box.right = box.right, box.left
    items[0], items[1] = items[1], items[0]
    return box.left, box.right, items


print(swaps(1, 2, 3))
print(attributes(Box(), ["p", "q"]))
m, n = 10, 20
m, n = n, m
print(m, n)
dis.dis(swaps)
