# recursion limit message in nested closures
def make():
    def rec(n):
        return rec(n + 1)
    return rec
try:
    make()(0)
except RecursionError as e:
    print(type(e).__name__, str(e)[:40])
