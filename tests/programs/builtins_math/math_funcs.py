# math: constants, libm functions, integer functions
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.exp(1), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(1000), math.log(10**400))
print(math.sin(0), math.cos(0), math.tan(math.pi / 4), math.atan2(1, 1), math.hypot(3, 4), math.fabs(-3), math.degrees(math.pi), math.radians(180))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.floor(5), type(math.floor(2.5)))
print(math.factorial(20), math.factorial(0), math.gcd(12, 18), math.gcd(), math.gcd(0, -4), math.lcm(4, 6), math.isqrt(99), math.comb(10, 3), math.comb(3, 5), math.perm(5), math.perm(5, 2))
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 0.5], start=3), math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.pow(2, 10), math.pow(2, 0.5), math.copysign(3, -0.0), math.fmod(7, -3), math.modf(3.75), math.modf(-2.5))
