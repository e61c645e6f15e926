# An uncaught group prints as a tree of its members' tracebacks.
def check(n):
    if n % 2:
        raise ValueError(f"odd {n}")
    raise TypeError(f"even {n}")

def check_all(items):
    errors = []
    for n in items:
        try:
            check(n)
        except Exception as e:
            errors.append(e)
    inner = ExceptionGroup("inner", errors[2:])
    inner.add_note("checked the rest")
    raise ExceptionGroup("some checks failed", errors[:2] + [inner])

try:
    check_all([1, 2, 3, 4])
except* ValueError as e:
    print("values:", [str(x) for x in e.exceptions])
    raise
