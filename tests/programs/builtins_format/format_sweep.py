# format specs over many floats and ints (e, f, g, %, grouping, padding)
specs = ['e', '.3e', 'f', '.1f', '.0f', 'g', '.1g', '.12g', '%', ',.2f', '+010.2f', '^12.4g', '', '.3', '#.3g']
vals = [0.0, 1.0, 0.5, 1.5, 2.5, 1234.5678, 0.00012345, 1e-5, 123456789.0, 1e16, 1e22, 9.995, 0.125, 2.675, -7.25, 1/3]
for v in vals:
    print(repr(v), ' '.join(format(v, s) for s in specs))
for n in [0, 7, -7, 255, 1000000, -1234567, 2**40]:
    print(n, ' '.join(format(n, s) for s in ['', 'd', '+d', ' d', ',', '_', 'x', '#o', '#b', '12,', '<8', '^8', '=8', '08', 'e', '.2f', '%']))
