def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield 5
    z = (yield)
    yield from range(3)
    w = yield from other()
    return x

def g2():
    for i in range(3):
        yield i
    f((yield))
