# sys limits and constants, gc switches
import sys, gc
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.version_info[0], sys.version_info[:2] >= (3, 8))
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.collect() >= 0)
