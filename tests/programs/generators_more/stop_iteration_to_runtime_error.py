# PEP 479: a StopIteration escaping a generator becomes RuntimeError raised from it (__cause__), here caught and then uncaught.
def g():
    yield 1
    raise StopIteration("x")


try:
    list(g())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)


def h():
    yield next(iter([]))


try:
    for x in h():
        pass
except RuntimeError as e:
    print(e, repr(e.__cause__))

squares = (n * n if n < 3 else next(iter(())) for n in range(5))
try:
    print(list(squares))
except RuntimeError as e:
    print("genexp:", e)


def fine():
    yield 1
    return 2


print(list(fine()))


def k():
    yield 1
    raise StopIteration


list(k())
