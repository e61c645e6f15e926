def counter():
    n = 0
    while True:
        sent = yield n
        if sent is not None:
            n = sent
        else:
            n += 1

def chain(*its):
    for it in its:
        yield from it

def outer():
    x = 0
    def inner():
        nonlocal x
        x += 1
        return x
    return inner, (lambda: x), [lambda: x for _ in range(2)], {k: (lambda: k) for k in "ab"}
