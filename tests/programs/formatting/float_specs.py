# Float format specs: fixed, exponent, general, percent and rounding.
values = [3.14159, 2.5, -0.125, 1234567.891, 0.000123]
for x in values:
    print(f"{x:.2f} {x:.0f} {x:e} {x:.3g} {x:10.3f}|")
print(f"{0.5:.0f} {1.5:.0f} {2.675:.2f} {1e16:.1f}")
r = 0.1234
print(f"{r:.1%} {r:%} {1:.0%} {-r:.2%}")
print(f"{12.0:g} {1e-5:g} {123456789.0:g}")
