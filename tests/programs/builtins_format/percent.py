# printf-style % formatting
print('%s %r %a %d %i %u' % ('s', 'r', 'é', 42, -7, 3))
print('%x %X %#x %o %#o %e %E %g %G' % (255, 255, 255, 8, 8, 1234.5, 0.00001, 0.00001, 1e20))
print('%5.1f|%-5d|%05d|%+d|% d|%-6s|%6s|%.3s|%*d|%-*d|%.*f' % (2.25, 3, -42, 5, 5, 'ab', 'ab', 'abcdef', 4, 7, 4, 7, 2, 3.14159))
print('%(a)s %(b)r %(a)05d' % {'a': 1, 'b': 'q'}, '%c%c' % (65, 'b'), '%%' % (), '%s' % [1, 2], '%s' % (1,))
print('%d %d' % (3.7, -3.7), '%.2f%%' % 12.345, '%3c|' % 'x', '%#.0f %#x' % (1.0, 0))
def t(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)
t('%s %d', (1,))
t('%s', (1, 2))
t('%d', 'a')
t('%x', 3.7)
t('%z', 1)
t('%(a)s', 1)
t('%c', 'ab')
t('%c', 2**30)
t('%f', 'x')
t('%', 1)
