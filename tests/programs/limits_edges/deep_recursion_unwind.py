# An exception leaving 100,000 frames unwinds in linear time (fuzz finding: adding each traceback entry at the front of a vector made it quadratic, 6 s).
import sys
sys.setrecursionlimit(10**5)

def make():
    def again(n):
        return again(n + 1)
    return again

try:
    make()(0)
except RecursionError as e:
    print(type(e).__name__ + ":", e)

def down(n):
    if n == 0:
        raise ValueError('bottom')
    return down(n - 1)

try:
    down(90000)
except ValueError as e:
    print('caught', e)
