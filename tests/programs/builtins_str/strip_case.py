# strip family with and without chars; case conversions
s = '  \t Hello, World! \n'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixyx'.strip('xy'), 'xxhixyx'.lstrip('x'), 'xxhixyx'.rstrip('yx'), 'abc'.strip(''), 'abc'.strip(None))
print('hello world'.title(), "they're bill's".title(), 'hELLO wORLD'.capitalize(), 'MiXeD 123'.swapcase())
print('ÀbC'.lower(), 'straße'.upper(), 'abc'.casefold(), ''.title(), 'a1b2'.upper())
try:
    'a'.strip(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a'.upper(1)
except TypeError as e:
    print(type(e).__name__, e)
