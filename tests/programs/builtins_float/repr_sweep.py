# repr of many floats across magnitudes (deterministic IEEE arithmetic)
out = []
x = 1.0
for i in range(120):
    x = x * 1.7 + 0.3
    out.append(repr(x))
for k in range(-30, 30):
    out.append(repr(10.0 ** k / 3))
    out.append(repr(2.0 ** (k * 11)))
for i in range(1, 60):
    out.append(repr(i / 7))
    out.append(repr(-i * 0.1))
    out.append(str(1e15 + i * 0.25))
print('\n'.join(out))
