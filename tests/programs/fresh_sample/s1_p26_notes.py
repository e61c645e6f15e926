# exception notes while re-raising
def parse(line, n):
    try:
        return int(line)
    except ValueError as e:
        e.add_note(f"while parsing line {n}: {line!r}")
        raise
results = []
for n, line in enumerate(["1", "2", "x"], 1):
    try:
        results.append(parse(line, n))
    except ValueError as e:
        print(e, e.__notes__)
print(results)
parse("oops", 7)
