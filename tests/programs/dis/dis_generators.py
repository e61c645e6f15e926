# Generators in CPython 3.11's dis: RETURN_GENERATOR first, RESUME 1 after
# each YIELD_VALUE, and `yield from` as a SEND loop with RESUME 2.
import dis


def counter(limit):
    count = 0
    while count < limit:
        got = yield count
        count += 1 if got is None else got


def chain(*its):
    for it in its:
        yield from it


def squares(xs):
    return (x * x for x in xs)


dis.dis(counter)
dis.dis(chain)
dis.dis(squares)
print(list(chain(counter(3), squares([4, 5]))))
