# Memoization: a dict cache captured by a closure, rebuilt every round.
def make_fib():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        if n < 2:
            r = n
        else:
            r = fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib

total = 0
for r in range(12000):
    fib = make_fib()
    for n in range(90):
        total += fib(n) % 1000003
print("memo_fib", fib(90), total)
