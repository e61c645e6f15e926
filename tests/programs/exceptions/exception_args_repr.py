# args, str and repr of exceptions with zero, one and several arguments.
for e in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"),
          KeyError(), IndexError(3), Exception(None), StopIteration(7)]:
    print(repr(e), "|", str(e), "|", e.args)
try:
    {"a": 1}["b"]
except KeyError as e:
    print(e, repr(e))
try:
    [][0]
except IndexError as e:
    print(e)
