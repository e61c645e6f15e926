# argument errors with defaults and keyword-only
def make(name, size=1, *, color):
    return name, size, color
tests = [lambda: make(), lambda: make("a"), lambda: make("a", 2, 3, color=1), lambda: make("a", colour=1), lambda: make("a", color=1, name="b")]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(e)
