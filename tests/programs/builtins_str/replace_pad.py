# replace with count, center/ljust/rjust/zfill, partition/rpartition
print('aaaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.replace('x', 'y'), 'aaa'.replace('a', 'bb', -1))
print(repr('ab'.center(7)), repr('ab'.center(6, '*')), repr('abc'.center(6)), repr('abc'.center(2)), repr('a'.ljust(4, '.')), repr('a'.rjust(4)))
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2), ''.zfill(3))
print('key=value=x'.partition('='), 'key=value=x'.rpartition('='), 'none'.partition('='), 'none'.rpartition('='))
print('prefix_body'.removeprefix('prefix_'), 'body.py'.removesuffix('.py'), 'x'.removeprefix('y'))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 'a'.replace(1, 2))
t(lambda: 'a'.center(5, 'ab'))
t(lambda: 'a'.partition(''))
t(lambda: 'a'.zfill('a'))
t(lambda: 'a'.center())
