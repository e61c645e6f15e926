# ExceptionGroup and BaseExceptionGroup: making one, what it holds, how it prints.
eg = ExceptionGroup("two problems", [ValueError(1), TypeError("bad")])
print(type(eg).__name__, eg.message)
print(eg.exceptions)
print(eg.args)
print(str(eg))
print(repr(eg))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))

one = ExceptionGroup("one", (KeyError("k"),))
print(one, one.exceptions)

# BaseExceptionGroup picks ExceptionGroup when every member is an Exception
b = BaseExceptionGroup("auto", [ValueError()])
print(type(b).__name__)
b2 = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(b2).__name__, b2)

nested = ExceptionGroup("outer", [ExceptionGroup("inner", [OSError("disk")]), ZeroDivisionError()])
print(repr(nested))
print(len(nested.exceptions), nested.exceptions[0].exceptions)

for bad in [
    lambda: ExceptionGroup("m", []),
    lambda: ExceptionGroup(1, [ValueError()]),
    lambda: ExceptionGroup("m", ValueError()),
    lambda: ExceptionGroup("m", [ValueError(), 3]),
    lambda: ExceptionGroup("m", [KeyboardInterrupt()]),
    lambda: ExceptionGroup("m"),
    lambda: ExceptionGroup("m", [ValueError()], 3),
    lambda: BaseExceptionGroup("m", None),
]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
    except ValueError as e:
        print("ValueError:", e)

try:
    eg.message = "other"
except AttributeError as e:
    print("AttributeError:", e)
try:
    raise eg
except Exception as caught:
    print("caught by except Exception:", caught is eg)
