# split and subgroup: by type, by a tuple of types, by a predicate; nested groups.
eg = ExceptionGroup("all", [
    ValueError(1),
    ExceptionGroup("io", [OSError("a"), ValueError(2)]),
    TypeError("t"),
])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(TypeError)))
print(eg.subgroup(KeyError))
print(eg.split(KeyError))
print(eg.split((TypeError, OSError)))
print(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
print(eg.subgroup(lambda e: True) is eg)
print(eg.split(Exception)[0] is eg)
print(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "io"))

# the parts keep the group's metadata
eg.add_note("a note")
try:
    try:
        raise KeyError("cause")
    except KeyError as k:
        raise eg from k
except ExceptionGroup as caught:
    m, r = caught.split(ValueError)
    print(m.__notes__, r.__notes__, m.__notes__ is caught.__notes__)
    print(repr(m.__cause__), m.__context__ is caught.__context__)
    print(m.__traceback__ is not None, m.__suppress_context__)

for bad in [3, (ValueError, 3), "x"]:
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)

# derive decides the type of the parts
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)

g = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(g.subgroup(ValueError)), type(g.subgroup(ValueError)).__name__)
print(repr(ExceptionGroup("x", [ValueError()]).derive([TypeError()])))
print(type(BaseExceptionGroup("x", [KeyboardInterrupt()]).derive([TypeError()])).__name__)
