# Constants folded at compile time as CPython 3.11 folds them: the values
# are the same either way, and co_consts shows what was folded — within
# CPython's limits (128-bit ints, 256-item tuples, 4096-character strings),
# and never an operation that raises.
import dis


def folded():
    return (-1, +2.5, ~3, not 0, 2 * 3, 2 ** 10, 1 << 4, "ab" + "cd", "xy" * 3,
            (1, 2) + (3,), (0,) * 3, "abc"[1], (4, 5, 6)[-1], 7 / 2, 7 // 2, -7 % 3)


def unfolded(x):
    big = 2 ** 200
    wide = 1 << 200
    long_text = "a" * 5000
    many = (1,) * 300
    fmt = "%s!" % "hi"
    risky = 1 / 0 if x else 0
    return big.bit_length(), wide.bit_length(), len(long_text), len(many), fmt, risky


def membership(x):
    return x in [1, 2], x not in {3, 4}, [v for v in [x, 2 * x]], [v for v in {5, 6}]


print(folded())
print(folded.__code__.co_consts)
print(unfolded(0), unfolded.__code__.co_consts)
print(membership(2), membership.__code__.co_consts[1])
for item in [1, "two", (3,)]:
    print(item, end=" ")
print()
dis.dis(membership)
print([1, 2, 3] == [1, 2, 3], {1, 2, 3} | {4}, [[0] * 2 for _ in range(2)])
