# Comparing and printing values nested 200,000 deep is a RecursionError, as CPython's C recursion guard makes it.
x = ()
y = []
for i in range(200000):
    x = (x,)
    y = [y]
for name, f in [('eq', lambda: x == x[0]), ('lt', lambda: x < x[0]), ('in', lambda: x in [x[0]]),
                ('repr tuple', lambda: repr(x)), ('repr list', lambda: repr(y)), ('str', lambda: str(y)),
                ('list eq', lambda: y == [[y]])]:
    try:
        print(name, f())
    except RecursionError as e:
        print(name, 'RecursionError:', e)
print('done')
