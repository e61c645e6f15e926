# range(10**20) is a working range object: repr, items, membership, iteration; len() is OverflowError.
def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

r = range(10**20)
show("repr", lambda: repr(r))
show("len", lambda: len(r))
show("item", lambda: r[5])
show("item last", lambda: r[-1])
show("item big", lambda: r[10**19])
show("item out", lambda: r[10**20])
show("item out neg", lambda: r[-10**20 - 1])
show("small range big index", lambda: range(5)[2**70])
show("in", lambda: 10**19 in r)
show("in more", lambda: (5 in r, -1 in r, 10**20 in r, True in r, 3.0 in r))
show("in floats", lambda: (3.5 in range(5), 2.0 in range(0, 10, 2), float('nan') in range(3)))
show("iter", lambda: [x for x, _ in zip(r, 'abc')])
show("reversed", lambda: [x for x, _ in zip(reversed(r), 'abc')])
show("eq", lambda: (r == range(0, 10**20, 1), range(0) == range(5, 1), range(1, 2, 10**30) == range(1, 5, 7)))
show("bool", lambda: (bool(r), bool(range(10**20, 0))))
show("list", lambda: list(r))
show("steps", lambda: (range(1, 10**20, 10**19), range(0, 10**20, -1), len(range(0, 10**20, -1))))
show("stepped items", lambda: list(range(1, 10**20, 3 * 10**19)))
show("iterator types", lambda: type(iter(r)).__name__ + ' ' + type(iter(range(3))).__name__)
show("zero step", lambda: range(0, 10**20, 0))
show("bad arg", lambda: range(1.5))
show("no args", lambda: range())
show("many args", lambda: range(1, 2, 3, 4))
for i in range(10**20, 10**20 + 3):
    print(i)
