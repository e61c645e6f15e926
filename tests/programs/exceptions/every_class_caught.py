# Every exception class of the subset, raised and caught by its own name.
classes = [BaseException, Exception, NameError, UnboundLocalError, TypeError,
           ValueError, KeyError, IndexError, AttributeError, ZeroDivisionError,
           RecursionError, StopIteration, AssertionError, RuntimeError,
           NotImplementedError, KeyboardInterrupt, SyntaxError, OverflowError,
           MemoryError]
for cls in classes:
    try:
        raise cls("msg")
    except cls as e:
        print(f"{type(e).__name__:20} {e!s:8} {e!r}")
print(len(classes))
