# format() of floats: precision, e/f/g/%, grouping, special values
for x in [3.14159, -2.5, 1234567.891, 0.000123, 1e16, 1e-7, 0.0, -0.0, 100.0, 2.675]:
    print(repr(x), [format(x, s) for s in ['', '.2f', '10.3f', '<10.1f', 'e', '.3e', 'E', 'g', '.3g', 'G', '%', '.1%', ',.2f', '+.1f', '08.2f', '.0f', '#.0f', '.3', '10', 'n', '_.3f']])
for x in [float('inf'), float('-inf'), float('nan')]:
    print([format(x, s) for s in ['', 'f', 'E', '+g', '08.2f', '%']])
print(format(1.0, '.0e'), format(123.456, '.10g'), format(1e100, '.5'), format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'))
def t(v, spec):
    try:
        print(repr(format(v, spec)))
    except Exception as e:
        print(type(e).__name__, e)
t(1.5, 'd')
t(1.5, 'x')
t(1.5, ',d')
