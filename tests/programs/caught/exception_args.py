# Exceptions carry their arguments; str() of the exception depends on them.
errors = [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError()]
for e in errors:
    print(type(e).__name__, repr(str(e)), e.args)
print(repr(ValueError("bad")))
