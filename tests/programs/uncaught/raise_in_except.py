# An exception raised while handling another: both appear in the traceback.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError(f"unknown key {k!r}")

print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "b")
