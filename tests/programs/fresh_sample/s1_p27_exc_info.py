# sys.exc_info inside nested handlers
import sys
def report():
    t, v, tb = sys.exc_info()
    return f"{t.__name__ if t else None}: {v}"
try:
    {}["k"]
except KeyError:
    print(report())
    try:
        1 / 0
    except ZeroDivisionError:
        print(report())
    print(report())
print(report())
