# format() of ints: fill, align, sign, #, 0, width, grouping, types
n = 1234567
for spec in ['', 'd', '10', '<10', '^10', '>10', '*^11', '=+12', '+', ' ', '-', ',', '_', '010', '010,', '08_', '#x', '#X', 'x', 'o', '#o', 'b', '#b', '_b', '_x', '#012_x', 'e', '.2f', '%', 'n', 'g']:
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)))
print(format(65, 'c'), format(0, '#b'), format(True, ''), format(True, 'd'), format(False, '5'), format(2**70, ','))
def t(v, spec):
    try:
        print(repr(format(v, spec)))
    except Exception as e:
        print(type(e).__name__, e)
t(1, 's')
t(1, '.2')
t(1, ',x')
t(1, ',_')
t(1, '+c')
t(1, 'z')
t(1, '10.')
t(1, 'xx')
