# walking a traceback from sys.exc_info
import sys
def inner():
    return 1 / 0
def outer():
    return inner()
try:
    outer()
except ZeroDivisionError:
    _, err, tb = sys.exc_info()
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(err, lines)
