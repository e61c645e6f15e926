# Arithmetic loop (beyond SPEC §8's closure workloads; issue 18 names it):
# int arithmetic, comparisons and local variables in a while loop inside a
# function, no calls and no allocation: the dispatch loop's own speed.
def loop(n):
    total = 0
    i = 0
    while i < n:
        total += i * i % 7 - (i >> 2)
        i += 1
    return total


print("arith", loop(4000000))
