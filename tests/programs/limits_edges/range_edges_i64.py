# Ranges at the i64 edges: iteration stops, len past Py_ssize_t is OverflowError, enumerate and repeat counts past i64.
def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

for i in range(2**63 - 2, 2**63 - 1, 5):
    print(i)
for i in range(-2**63 + 1, -2**63, -7):
    print(i)
print(list(range(2**63 - 3, 2**63 + 2)))
print(list(range(-2**63 - 2, -2**63 + 2)))
show("iter step", lambda: [x for x, _ in zip(range(2**63 - 2, 10**20, 2**62), 'abcd')])
show("len full", lambda: len(range(-2**63, 2**63 - 1)))
show("len max", lambda: len(range(2**63 - 1)))
show("len 2**63", lambda: len(range(2**63)))
show("bool", lambda: bool(range(-2**63, 2**63 - 1)))
show("sorted", lambda: sorted(range(-2**63, 2**63 - 1)))
show("reversed min step", lambda: list(reversed(range(0, -2**64, -2**63))))
show("reversed", lambda: (list(reversed(range(1, 10, 3))), list(reversed(range(5, 1)))))
show("enumerate", lambda: list(enumerate('abc', start=2**63 - 2)))
show("enumerate big", lambda: list(enumerate('ab', 10**20)))
show("enumerate bool", lambda: list(enumerate('ab', start=True)))
show("str repeat", lambda: "x" * 2**63)
show("list repeat", lambda: [1] * 2**100)
show("tuple repeat", lambda: (1,) * 2**64)
show("reflected", lambda: 2**63 * "x")
show("negative", lambda: repr("x" * -2**63) + repr("y" * -2**100))

def inplace():
    a = [1]
    a *= 2**70

show("inplace", inplace)
