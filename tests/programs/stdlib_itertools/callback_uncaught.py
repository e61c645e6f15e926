# an error in a function that itertools calls: the traceback shows the caller and the function, not itertools
from itertools import accumulate, starmap

def ratio(a, b):
    return a / b

print(list(starmap(ratio, [(1, 2), (3, 4)])))
print(list(accumulate([8, 2, 0, 1], ratio)))
