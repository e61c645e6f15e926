# float(str): CPython's accepted spellings and its error message
def t(s):
    try:
        print(repr(float(s)))
    except Exception as e:
        print(type(e).__name__, e)
for s in [' 1.5 ', '1_000.5', '-inf', 'Infinity', '+nan', 'NAN', '1e5', '.5', '5.', '1E-3', '-0',
          '1__0', '_1', '1_', 'abc', '', '--1', '1e', '0x10', 'in f', '1.5\n', 3, True, 2**80]:
    t(s)
