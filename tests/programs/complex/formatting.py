# format(), f-strings and str.format with complex: no type gives str's form,
# types e/f/g/n apply to each part; CPython's refusals of 0-padding and '='.
vals = [1 + 2j, 1234.5 - 0.00001j, 2j, -0j, complex(-0.0, 1e16),
        complex(float("nan"), -float("inf")), 1 / 3 + 2j / 3]
specs = ["", "<15", "^15", "*>20", ",", "_.2f", ".3", ".3e", "z.1f", "n", "G", "#.0f",
         "#", "+", "-", " ", "+.2f", "*^20.2f", "20", ".0", "E", " .1e", "g", "#g", ".10"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
for s in ["010", "0<10", "=10", "x", "%", "d", "s", "c"]:
    try:
        print(s, format(1 + 2j, s))
    except ValueError as e:
        print(s, "ValueError:", e)
z = 3 - 4.5j
print(f"{z}|{z!r}|{z!s}|{z:>12}|{z:.2f}|{z.real:.1f}|{z.imag:+}")
print("{} {:.1e} {!r:>10}".format(z, z, 1j), "%s %r %10s" % (z, 1j, 2j))
