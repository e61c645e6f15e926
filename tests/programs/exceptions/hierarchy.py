# Where the classes sit: which except clauses catch which exceptions.
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(ZeroDivisionError, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(KeyError, IndexError), issubclass(StopIteration, Exception))
print(issubclass(OverflowError, Exception), issubclass(MemoryError, Exception))

def classify(exc):
    try:
        raise exc
    except NameError:
        return "name"
    except RuntimeError:
        return "runtime"
    except Exception:
        return "other"
    except BaseException:
        return "base"

for exc in [UnboundLocalError(), RecursionError(), NotImplementedError(),
            KeyError(), KeyboardInterrupt(), SyntaxError("x")]:
    print(type(exc).__name__, classify(exc))
