# an uncaught error inside a closure called by itertools.accumulate: CPython's traceback
from itertools import accumulate

def divider(limit):
    def div(a, b):
        if b > limit:
            raise ValueError(f"{b} is over {limit}")
        return a / b
    return div

print(list(accumulate([100, 2, 5], divider(10))))
print(list(accumulate([100, 2, 50], divider(10))))
