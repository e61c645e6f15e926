# raise SystemExit(None) and bare sys.exit() exit with status 0 and no traceback; SystemExit.code when caught.
import sys

for args in [(), (None,), (2,), ("text",), (1, 2)]:
    try:
        raise SystemExit(*args)
    except SystemExit as e:
        print(args, "->", repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit() code", e.code)
try:
    exit(4)
except SystemExit as e:
    print("exit(4) code", e.code, isinstance(e, Exception), isinstance(e, BaseException))
print(repr(exit), repr(quit), type(quit).__name__)
raise SystemExit(None)
