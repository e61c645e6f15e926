# Naive recursion: plain function calls and global lookups, no closures.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

N = 33
print("fib", N, fib(N))
