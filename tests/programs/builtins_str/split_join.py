# split/rsplit/splitlines/join with separators and maxsplit
print('a b  c\t\nd'.split(), 'a,b,,c'.split(','), 'a,b,,c'.split(',', 1), '  a b  '.split(None, 1))
print('a b  c d'.rsplit(None, 1), 'a,b,c'.rsplit(',', 1), ''.split(), ''.split(','), 'abc'.split('abc'))
print('a b c'.split(maxsplit=1), 'a-b-c'.split(sep='-'), '  lead'.rsplit(maxsplit=5))
print('one\ntwo\r\nthree\rfour\n'.splitlines(), 'x\ny\n'.splitlines(True), ''.splitlines(), 'a\n\nb'.splitlines())
print('-'.join(['a', 'b', 'c']), ''.join('xyz'), ', '.join(str(i) for i in range(4)), '.'.join([]))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 'a'.split(''))
t(lambda: 'a'.split(1))
t(lambda: ','.join(['a', 1]))
t(lambda: ','.join(5))
t(lambda: 'a'.rsplit(''))
