# seeds/004_d0a714c7296f60be.txt, Part 7 Fix 3: functools.partial(add, n=i).
# Fix 3: functools.partial
from functools import partial

def add(x, n):
    return x + n

adders = [partial(add, n=i) for i in range(5)]

print(adders[0](10)) # 10
print(adders[1](10)) # 11
