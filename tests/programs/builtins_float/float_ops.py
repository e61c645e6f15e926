# float operators: special values, ** corner cases, overflow
inf, nan = float('inf'), float('nan')
print(inf + 1, inf - inf, inf * 0, 1 / inf, -1 / inf, 1e308 * 10, -1e308 * 10)
print(inf ** 2, 2 ** inf, (-1) ** inf, 0.5 ** -inf, nan ** 0, 1 ** nan, (-8.0) ** 3, 2 ** -1074)
print(divmod(5.5, 2), divmod(-5.5, 2), divmod(5.5, -2), 7.5 // 0.5, 1e300 % 7)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 1.5 ** 10000)
t(lambda: divmod(1.0, 0))
t(lambda: 0.0 ** -2.5)
t(lambda: 1e308 + 1e308)
print(sum([0.1] * 10), sum([1, 2.5, 3]), sum([], 0.0))
