# hex/oct/bin/ascii/format builtins
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2**70), bin(True))
print(ascii('héllo'), ascii(['ü', 'ok']), ascii('\u2603'), ascii('😀'), ascii(1.5))
print(format(3.5), format(42, '05'), format('x', '>3'), format(1e-7))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: hex('1'))
t(lambda: oct(1.0))
t(lambda: bin())
t(lambda: format(1, 2))
t(lambda: format())
