# seeds/002_2fc762ed25bdb8ee.txt, Part 3 Fix 2 functools.partial: partial(f, i) binds i at creation time.
from functools import partial
def f(i):
    print(i)
funcs = [partial(f, i) for i in range(3)]
funcs[0]() # 0 correct
funcs[1]() # 1 correct
funcs[2]() # 2 correct
