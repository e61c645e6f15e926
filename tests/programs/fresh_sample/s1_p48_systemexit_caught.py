# catching SystemExit
import sys
try:
    sys.exit(4)
except SystemExit as e:
    print("caught", e.code, repr(e))
try:
    sys.exit()
except BaseException as e:
    print(type(e).__name__, e.code)
print("still running")
