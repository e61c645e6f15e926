# a decorator counting calls per argument in a Counter stored on the wrapper
from collections import Counter
from functools import wraps

def counted(fn):
    tally = Counter()
    @wraps(fn)
    def wrapper(*args):
        tally[args] += 1
        return fn(*args)
    wrapper.tally = tally
    return wrapper

@counted
def square(x):
    return x * x

for v in [1, 2, 2, 3, 3, 3]:
    square(v)
print(square.tally, square.tally.most_common(1), square.__name__, square.__wrapped__(4))
print(square.__code__.co_freevars)
