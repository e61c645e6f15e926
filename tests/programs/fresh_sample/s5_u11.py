# sys.exit with a list and with a big int
import sys
try:
    sys.exit([1, 2])
except SystemExit as e:
    print(e.code, e)
sys.exit(256 + 3)
