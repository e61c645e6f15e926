# sys.exit(3) at the top of a script: output so far, no traceback, exit status 3.
import sys

print("before")
sys.exit(3)
print("never")
