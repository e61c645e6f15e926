# str.format: positional, indexed, keyword, attributes, items, nesting
print('{} and {}'.format('a', 'b'), '{1} {0} {1}'.format('x', 'y'), '{name}!'.format(name='hi'))
print('{0[0]} {0[1]} {d[k]} {d[2]}'.format([10, 20], d={'k': 'v', 2: 'two'}))
print('{:>8}|{:<8}|{:^8}|{:08.3f}'.format('r', 'l', 'c', 3.14159))
print('{0!r} {0!s} {0!a} {1:{2}}'.format('é', 42, '>6'))
print('{{literal}} {} {{{}}}'.format(1, 2), '{:,}'.format(10**9), '{f.__name__}'.format(f=len))
def t(fmt, *a, **k):
    try:
        print(repr(fmt.format(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t('{} {}', 1)
t('{0} {}', 1, 2)
t('{} {0}', 1, 2)
t('{x}', 1)
t('{', 1)
t('}', 1)
t('{0!z}', 1)
t('{0.foo}', 1)
t('{0[5]}', [1])
t('{0[0', 'a')
t('{:d}', 'a')
