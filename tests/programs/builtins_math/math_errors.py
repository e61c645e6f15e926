# math domain and range errors, argument errors
import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: math.sqrt(-1))
t(lambda: math.log(0))
t(lambda: math.log(-1, 2))
t(lambda: math.log(2, 1))
t(lambda: math.exp(1000))
t(lambda: math.pow(0, -1))
t(lambda: math.pow(10, 400))
t(lambda: math.factorial(-1))
t(lambda: math.factorial(1.5))
t(lambda: math.floor(float('inf')))
t(lambda: math.ceil(float('nan')))
t(lambda: math.comb(5, -1))
t(lambda: math.isqrt(-1))
t(lambda: math.sqrt('a'))
t(lambda: math.gcd(1.5))
t(lambda: math.sqrt())
t(lambda: math.sqrt(1, 2))
t(lambda: math.fmod(1, 0))
t(lambda: math.sqrt(10**400))
t(lambda: math.isclose(1, 2, rel_tol=-1))
t(lambda: math.acos(2))
