# dict methods and their errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 99), d)
d.update({'d': 4}, e=5)
d.update([('f', 6)])
d.update(g=7)
print(d, d.pop('a'), d.pop('zz', 'dflt'), d.popitem(), d)
e = d.copy()
e['new'] = 1
print(d, e, dict.fromkeys('ab'), dict.fromkeys([1, 2], 0), {}.fromkeys(range(3), 'x'))
e.clear()
print(e, len(e))
t(lambda: {}.pop(1))
t(lambda: {}.popitem())
t(lambda: {}.update(1))
t(lambda: {}.update([1]))
t(lambda: {}.update([(1, 2, 3)]))
t(lambda: {}.get())
t(lambda: {}.setdefault())
t(lambda: {}[[1]])
t(lambda: {}.keys(1))
