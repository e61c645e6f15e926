# bytes literals (escapes, raw, adjacent), repr exactly as CPython, len, indexing, slicing, iteration, ==, hash, in, +, *
a = b'hello'
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], a[::2])
print(b'\x00\x7f\x80\xff', b'tab\there', b'nl\n', b'cr\r', b'back\\slash')
print(b"it's", b'say "hi"', b'both \' and "', rb'\n\x00', Rb'raw', bR'\q')
print(b'\101\102\777\08', b'\a\b\f\v', b'unknown \q \u1234 \N{x}')
print(b'one' b"two" rb'\three')
print(b'''triple
quoted''')
print(repr(b''), str(b'x'), f'{b"fmt"}', f'{b"fmt"!r:>10}', '%s|%r' % (b'p', b'q'))
print(list(b'abc'), [x for x in b'\x01\x02'], tuple(reversed(b'xy')))
print(b'abc' == b'abc', b'abc' == bytearray(b'abc'), b'abc' == 'abc', b'a' != b'b')
print(b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', bytearray(b'a') <= b'a')
print(hash(b'abc') == hash(b'abc'), hash(b'abc') == hash('abc'), hash(b'') == hash(''))
d = {b'key': 1, b'other': 2}
print(d[b'key'], b'key' in d, d.get(b'nope'))
print(len({b'a', b'a', b'b'}))
print(98 in b'abc', b'bc' in b'abc', b'' in b'abc', b'x' in b'abc', bytearray(b'b') in b'abc')
print(b'ab' + b'cd', b'ab' + bytearray(b'cd'), bytearray(b'ab') + b'cd')
print(b'ab' * 3, 2 * b'xy', b'ab' * 0, b'ab' * -1, bytearray(b'z') * 2)
print(type(b''), type(bytearray()), type(b'') is bytes, isinstance(b'', bytes), isinstance(bytearray(), bytes))
print(bool(b''), bool(b'\x00'), not bytearray())
it = iter(b'hi')
print(type(it).__name__, next(it), next(it), next(it, 'done'))
print(type(iter(bytearray(b'x'))).__name__)
x = b'abc'
print(x is x, x[0] == 97, sorted([b'b', b'a', b'c']), max(b'zebra'), sum(b'\x01\x02'))
