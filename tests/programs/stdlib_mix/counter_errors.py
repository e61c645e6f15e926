# errors from the new modules raised inside closures, caught outside
from collections import deque, Counter
import random

def safe(fn):
    def wrapper(*args):
        try:
            return fn(*args)
        except (IndexError, ValueError, KeyError, TypeError) as e:
            return f"{type(e).__name__}: {e}"
    return wrapper

print(safe(lambda: deque().popleft())())
print(safe(lambda: random.choice([]))())
print(safe(lambda: random.sample([1, 2], 5))())
print(safe(lambda: Counter("a") + 1)())
print(safe(lambda: {}["k"])())
