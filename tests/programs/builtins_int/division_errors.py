# ZeroDivisionError messages for every division form
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: 1 / 0)
t(lambda: divmod(1, 0))
t(lambda: 1.0 // 0)
t(lambda: 1.0 % 0)
t(lambda: 1.0 / 0)
t(lambda: 2**80 // 0)
t(lambda: 2**80 % 0)
t(lambda: 2**80 / 0)
t(lambda: 0.0 ** -1)
t(lambda: 0 ** -1)
t(lambda: True / False)
