# bytes and bytearray errors: CPython's exception types and messages
def check(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)

def setitem(obj, key, value):
    obj[key] = value

def delitem(obj, key):
    del obj[key]

check('bytes(-1)', lambda: bytes(-1))
check('bytearray(-1)', lambda: bytearray(-1))
check("bytes('abc')", lambda: bytes('abc'))
check('bytes(1.5)', lambda: bytes(1.5))
check('bytearray(1.5)', lambda: bytearray(1.5))
check('bytes(None)', lambda: bytes(None))
check('bytes([300])', lambda: bytes([300]))
check('bytearray([300])', lambda: bytearray([300]))
check('bytes([-1])', lambda: bytes([-1]))
check("bytes(['a'])", lambda: bytes(['a']))
check("bytes(5, 'utf-8')", lambda: bytes(5, 'utf-8'))
check("bytes(b'x', 'utf-8')", lambda: bytes(b'x', 'utf-8'))
check("bytes('a', 'nope')", lambda: bytes('a', 'nope'))
check("bytes('a', errors='strict')", lambda: bytes('a', errors='strict'))
check('bytes(len)', lambda: bytes(len))
check("bytes('é', 'ascii')", lambda: bytes('é', 'ascii'))
check("'éè'.encode('ascii')", lambda: 'éè'.encode('ascii'))
check("'a€b'.encode('latin-1')", lambda: 'a€b'.encode('latin-1'))
check("'x'.encode(1)", lambda: 'x'.encode(1))
check("b'\\xff'.decode()", lambda: b'\xff'.decode())
check("b'ab\\xe2\\x82'.decode()", lambda: b'ab\xe2\x82'.decode())
check("b'\\xe2'.decode()", lambda: b'\xe2'.decode())
check("b'\\xf0\\x90\\x28'.decode()", lambda: b'\xf0\x90\x28'.decode())
check("b'\\xed\\xa0\\x80'.decode()", lambda: b'\xed\xa0\x80'.decode())
check("b'\\xc0\\x80'.decode()", lambda: b'\xc0\x80'.decode())
check("b'a\\x80'.decode('ascii')", lambda: b'a\x80'.decode('ascii'))
check("b'\\xff'.decode('utf-8', 'bogus')", lambda: b'\xff'.decode('utf-8', 'bogus'))
check("b'a'.decode('ascii', 'strict', 1)", lambda: b'a'.decode('ascii', 'strict', 1))
check("b'a'.decode(foo=1)", lambda: b'a'.decode(foo=1))
check("bytes(b'a', foo=1)", lambda: bytes(b'a', foo=1))
check("str(b'a', 1)", lambda: str(b'a', 1))
check("bytearray(b'a').clear(1)", lambda: bytearray(b'a').clear(1))
check('b"a"[5]', lambda: b'a'[5])
check('bytearray(b"a")[5]', lambda: bytearray(b'a')[5])
key = 'x'
check('b"a"["x"]', lambda: b'a'[key])
check('bytearray(b"a")["x"]', lambda: bytearray(b'a')[key])
check('b"a"[0] = 1', lambda: setitem(b'a', 0, 1))
check('bytearray(b"a")[0] = 300', lambda: setitem(bytearray(b'a'), 0, 300))
check('bytearray(b"a")[0] = "x"', lambda: setitem(bytearray(b'a'), 0, 'x'))
check('bytearray(b"a")[3] = 1', lambda: setitem(bytearray(b'a'), 3, 1))
def slice_int():
    bytearray(b'ab')[0:1] = 5

def slice_str():
    bytearray(b'ab')[0:1] = 'x'

def slice_extended():
    bytearray(b'abc')[::2] = b'x'

check('bytearray(b"ab")[0:1] = 5', slice_int)
check('bytearray(b"ab")[0:1] = "x"', slice_str)
check('bytearray(b"abc")[::2] = b"x"', slice_extended)
check('del bytearray(b"ab")[5]', lambda: delitem(bytearray(b'ab'), 5))
check('del b"ab"[0]', lambda: delitem(b'ab', 0))
check("b'a' + 'b'", lambda: b'a' + 'b')
check("bytearray(b'a') + 'b'", lambda: bytearray(b'a') + 'b')
check("'b' + b'a'", lambda: 'b' + b'a')
check("b'a' + 1", lambda: b'a' + 1)
check("b'a' * 'x'", lambda: b'a' * 'x')
check("b'a' * 1.5", lambda: b'a' * 1.5)
check("b'a' - b'a'", lambda: b'a' - b'a')
check("b'a' < 'a'", lambda: b'a' < 'a')
check("b'a' < 1", lambda: b'a' < 1)
check("'a' in b'a'", lambda: 'a' in b'a')
check("300 in b'a'", lambda: 300 in b'a')
check("None in b'a'", lambda: None in b'a')
check('bytearray().pop()', lambda: bytearray().pop())
check('bytearray(b"a").pop(5)', lambda: bytearray(b'a').pop(5))
check('bytearray(b"a").append(256)', lambda: bytearray(b'a').append(256))
check('bytearray(b"a").append("a")', lambda: bytearray(b'a').append('a'))
check('bytearray(b"a").append()', lambda: bytearray(b'a').append())
check('bytearray(b"a").extend(5)', lambda: bytearray(b'a').extend(5))
check('bytearray(b"a").extend([1, 999])', lambda: bytearray(b'a').extend([1, 999]))
check('bytearray(b"a").remove(9)', lambda: bytearray(b'a').remove(9))
check('bytearray(b"ab").insert(0, 999)', lambda: bytearray(b'ab').insert(0, 999))
check("bytes.fromhex('zz')", lambda: bytes.fromhex('zz'))
check("bytes.fromhex('a')", lambda: bytes.fromhex('a'))
check("bytes.fromhex('ab c')", lambda: bytes.fromhex('ab c'))
check("bytes.fromhex(b'ab')", lambda: bytes.fromhex(b'ab'))
check("b','.join([1])", lambda: b','.join([1]))
check("b','.join([b'a', 'b'])", lambda: b','.join([b'a', 'b']))
check("b','.join(5)", lambda: b','.join(5))
check('hash(bytearray())', lambda: hash(bytearray()))
check("{bytearray(b'a'): 1}", lambda: {bytearray(b'a'): 1})
check("b'abc'.index(b'z')", lambda: b'abc'.index(b'z'))
check("b'abc'.rindex(b'z')", lambda: b'abc'.rindex(b'z'))
check("b'abc'.index(300)", lambda: b'abc'.index(300))
check("b'a'.split(b'')", lambda: b'a'.split(b''))
check("b'a'.split(1)", lambda: b'a'.split(1))
check("b'a'.partition(b'')", lambda: b'a'.partition(b''))
check("b'a'.startswith('a')", lambda: b'a'.startswith('a'))
check("b'a'.endswith(['a'])", lambda: b'a'.endswith(['a']))
check("b'a'.replace('a', 'b')", lambda: b'a'.replace('a', 'b'))
check("b'a'.find('a')", lambda: b'a'.find('a'))
check("b'a'.find()", lambda: b'a'.find())
check("b'a'.count(1.0)", lambda: b'a'.count(1.0))
check("b'a'.strip('a')", lambda: b'a'.strip('a'))
check("b'a'.upper(1)", lambda: b'a'.upper(1))
check("b'abc'.hex(sep='ab')", lambda: b'abc'.hex(sep='ab'))
check("b'abc'.hex(1)", lambda: b'abc'.hex(1))
check("b'a'.append(1)", lambda: b'a'.append(1))
check('bytes.decode(1)', lambda: bytes.decode(1))
check("str(b'\\xff', 'utf-8')", lambda: str(b'\xff', 'utf-8'))
check("str('x', 'utf-8')", lambda: str('x', 'utf-8'))
check("b'ab'[1:] + bytes(2)", lambda: b'ab'[1:] + bytes(2))

def grow_by_itself():
    ba = bytearray(b'ab')
    ba += ba
    return ba

check('ba += ba', grow_by_itself)
ok = bytearray(b'ab')
ok.extend(ok)
ok[1:] = ok
print(ok)
