# format() of strs and f-strings with specs
for spec in ['', '10', '<10', '>10', '^10', '*^9', '.2', '10.3', 's', '-<6']:
    print(repr(spec), repr(format('hello', spec)))
name, width = 'cellar', 12
print(f'{name:>{width}}|{name:^12}|{name!r:<10}|{3.14159:.{2}f}|{42:#06x}|{7:03d}|{-3:+}')
def t(v, spec):
    try:
        print(repr(format(v, spec)))
    except Exception as e:
        print(type(e).__name__, e)
t('a', 'd')
t('a', '+')
t('a', '=5')
t('a', '#')
t('a', ',')
t([1], '5')
t(None, '')
t(None, '5')
