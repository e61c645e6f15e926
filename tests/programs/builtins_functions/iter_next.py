# iter/next with defaults, exhausted iterators, generator send
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
def echo():
    got = yield 'ready'
    while True:
        got = yield f'got {got}'
g = echo()
print(next(g), g.send(1), g.send('two'))
g.close()
print(next(g, 'closed'))
def counter():
    yield 1
    return 'end'
c = counter()
print(next(c))
try:
    c.send(None)
except StopIteration as e:
    print('StopIteration', e.value if hasattr(e, 'value') else e)
