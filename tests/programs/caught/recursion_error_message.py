# The RecursionError message, caught inside a closure-based recursion.
def make():
    def again(n):
        return again(n + 1)
    return again

try:
    make()(0)
except RecursionError as e:
    print(type(e).__name__ + ":", e)
