# except*: each clause takes the part of the group it matches.
def run(make):
    try:
        raise make()
    except* ValueError as e:
        print("  ValueError part:", repr(e))
    except* (TypeError, KeyError) as e:
        print("  TypeError/KeyError part:", repr(e))
    else:
        print("  nothing raised")
    print("  after try, e bound?", "e" in locals())

print("group:")
run(lambda: ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3), ValueError(4)]))
print("naked ValueError:")
run(lambda: ValueError("alone"))
print("only types:")
run(lambda: ExceptionGroup("g", [TypeError(1)]))

# the unmatched rest propagates as a group
try:
    try:
        raise ExceptionGroup("mixed", [ValueError(1), OSError("disk"), ZeroDivisionError()])
    except* ValueError:
        print("handled ValueError")
except ExceptionGroup as rest:
    print("rest:", repr(rest))

# a naked exception that matches nothing propagates unchanged
try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("not reached")
except KeyError as k:
    print("naked rest:", repr(k))

# else and finally
def f(fail):
    try:
        if fail:
            raise ExceptionGroup("x", [ValueError()])
    except* ValueError:
        print("handler")
    else:
        print("else")
    finally:
        print("finally")
f(True)
f(False)

# sys.exc_info() inside a handler shows the matched part
import sys
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    print(repr(sys.exc_info()[1]))
except* TypeError:
    print(repr(sys.exc_info()[1]))
print(sys.exc_info())

# loops inside a handler may break
for i in range(3):
    try:
        raise ExceptionGroup("eg", [ValueError(i)])
    except* ValueError:
        for j in range(5):
            if j == 1:
                break
        print("handled", i, j)
