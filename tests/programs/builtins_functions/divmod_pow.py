# divmod and pow, including 3-argument pow and its errors
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7, 2.0), divmod(2**70, 3))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-8, 2), pow(3, 4, 5), pow(2, -1, 7), pow(-2, 3, 5), pow(2, 3, -5), pow(5, 0, 1))
print(pow(base=2, exp=5), pow(2, 100, 10**9 + 7), pow(7, 2**70, 13))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0))
t(lambda: divmod(1, 'a'))
t(lambda: pow(2, 3, 0))
t(lambda: pow(2, -1, 4))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(2))
