# sys.exit(None) after output, with a finally
import sys
try:
    print("working")
    sys.exit(None)
finally:
    print("finally")
