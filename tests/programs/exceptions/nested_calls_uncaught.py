# An uncaught error three calls deep: every frame, source line and caret line.
def divide(a, b):
    return a / b

def ratio(pair):
    return divide(pair[0], pair[1]) * 100

def report(pairs):
    lines = []
    for p in pairs:
        lines.append(f"{ratio(p):.1f}")
    return lines

print(report([(1, 4), (3, 4)]))
print(report([(1, 2), (5, 0)]))
