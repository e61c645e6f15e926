# bytes at the edges: huge counts and indices (OverflowError/MemoryError as CPython), start past the end, extended slices
def check(label, f):
    try:
        r = f()
        print(label, '->', repr(r)[:60])
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
check('mul', lambda: b'a' * (2**62))
check('mul2', lambda: b'ab' * (2**62))
check('bytes big', lambda: bytes(2**62))
check('bytes huge', lambda: bytes(2**70))
check('neg', lambda: bytearray(b'x') * -1)
check('slice', lambda: b'abc'[::-(2**70)])
check('slice2', lambda: b'abc'[2**70:-2**70:-1])
check('hex0', lambda: b'abc'.hex(':', 0))
check('hexbig', lambda: b'abc'.hex(':', 2**40))
check('hexneg', lambda: b'abc'.hex(':', -2**63))
check('fromhex', lambda: bytes.fromhex('é'))
check('fromhex2', lambda: bytes.fromhex('aé'))
check('split', lambda: b'a b'.split(None, -2**70))
check('replace', lambda: b'aaa'.replace(b'a', b'', 2**70))
check('find', lambda: b'abc'.find(b'c', 2**70, -2**70))
check('count', lambda: b'abc'.count(b'', 5))
check('pop', lambda: bytearray(b'a').pop(2**70))
check('insert', lambda: bytearray(b'a').insert(-2**70, 1))
check('idx', lambda: b'a'[2**70])
check('idx2', lambda: bytearray(b'a')[-2])
def sa():
    b = bytearray(b'abcdef'); b[4:1] = b'XY'; return b
check('setslice', sa)
def sa2():
    b = bytearray(b'abcdef'); b[::-2] = b'XYZ'; return b
check('setslice2', sa2)
def da():
    b = bytearray(b'abcdef'); del b[::-2]; del b[10:]; return b
check('delslice', da)
check('decode', lambda: b'\xf4\x90\x80\x80'.decode())
check('decode2', lambda: b'\xed\xa0'.decode())
check('encode', lambda: 'x'.encode('utf-8', 'surrogateescape'))
check('str', lambda: str(b'', 'utf-8', 'strict'))
check('fmt', lambda: format(b'x', ''))
check('fmt2', lambda: format(b'x', '>5'))
check('fstr', lambda: f'{bytearray(b"x")!s:>12}')
check('sorted', lambda: sorted([bytearray(b'b'), b'a']))
check('min', lambda: min(b'', default=None))
