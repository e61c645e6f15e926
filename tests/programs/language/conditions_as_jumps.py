# Conditions compiled as jumps (`and`/`or`, `not`, conditional expressions,
# chained comparisons in `if`, `while`, `assert` and comprehension filters):
# each operand is evaluated once, in order, and only as far as needed.
log = []


def v(x):
    log.append(x)
    return x


def check(label, f):
    log.clear()
    result = f()
    print(label, result, log)


def cond(a, b, c):
    if v(a) and v(b) or v(c):
        return "yes"
    return "no"


def chain(x):
    if v(0) <= v(x) < v(10):
        return "in"
    return "out"


def not_chain(x):
    if not v(0) <= v(x) < v(10):
        return "out"
    return "in"


def ifexp(a, b, c):
    if (v(b) if v(a) else v(c)):
        return "t"
    return "f"


for args in [(1, 1, 0), (1, 0, 0), (0, 1, 1), (0, 0, 0)]:
    check("cond%r" % (args,), lambda: cond(*args))
for x in [-1, 0, 5, 10]:
    check("chain %d" % x, lambda: chain(x))
    check("not_chain %d" % x, lambda: not_chain(x))
for args in [(1, 1, 0), (1, 0, 1), (0, 1, 1), (0, 1, 0)]:
    check("ifexp%r" % (args,), lambda: ifexp(*args))

n = 0
while v(n) < 3 and not v(n) == 99:
    n += 1
print("while", n, log)
log.clear()
print([i for i in range(12) if 2 < i < 9 and (i % 2 or i == 4)])
try:
    assert v(1) < v(2) < v(0), "chain failed"
except AssertionError as e:
    print("assert", e, log)
print(1 < 2 < 3, 3 < 2 < 1, (0 or 5) and 7)


def none_tests(x):
    out = []
    if x is None:
        out.append("is None")
    if x is not None:
        out.append("is not None")
    if not x is None:
        out.append("not (is None)")
    out.append("t" if x is None else "f")
    return out


print(none_tests(None), none_tests(0), none_tests([]))
node = {"next": {"next": None}}
hops = 0
while node is not None:
    node = node["next"]
    hops += 1
print("hops", hops, [v for v in [None, 0, None, 3] if v is not None])
