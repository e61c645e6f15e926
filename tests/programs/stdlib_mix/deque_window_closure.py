# a moving average closure over a bounded deque
from collections import deque

def moving_average(n):
    window = deque(maxlen=n)
    def add(x):
        window.append(x)
        return sum(window) / len(window)
    return add

avg = moving_average(3)
print([avg(x) for x in [3, 6, 9, 12, 15]])
w = avg.__closure__[0].cell_contents
print(w, w.maxlen, avg.__code__.co_freevars)
