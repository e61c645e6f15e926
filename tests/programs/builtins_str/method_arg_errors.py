# argument-count and type errors of str methods use CPython's wording
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 'a'.lower(1))
t(lambda: 'a'.center())
t(lambda: 'a'.ljust(1, 2, 3))
t(lambda: 'a'.replace('a'))
t(lambda: 'a'.count())
t(lambda: 'a'.split(' ', 1, 2))
t(lambda: 'a'.split(x=1))
t(lambda: 'a'.join())
t(lambda: 'a'.partition())
t(lambda: 'a'.startswith())
t(lambda: 'a'.endswith('a', 'b'))
t(lambda: 'a'.find('a', 'b'))
t(lambda: 'a'.zfill())
t(lambda: 'abc'.removeprefix(1))
