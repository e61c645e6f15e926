# RecursionError is caught; the stack is usable again afterwards.
def depth(n):
    return depth(n + 1)

def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)

try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))
print(count_down(500))
try:
    depth(0)
except RuntimeError as e:
    print("again:", e)
