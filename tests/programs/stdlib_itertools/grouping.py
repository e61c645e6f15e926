# groupby, tee, accumulate, chain: shared state between iterators
from itertools import groupby, tee, accumulate, chain
import operator

print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in groupby([1, 2, 3, 4, 5, 6, 7], key=lambda x: x // 3)])
gb = groupby("aabbb")
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({k: list(g) for k, g in groupby(words, key=lambda w: w[0])})
a, b = tee(range(4))
print(next(a), next(a), list(b), list(a))
t3 = tee("xy", 3)
print(len(t3), [list(t) for t in t3], tee([1], 0))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], operator.mul, initial=10)), list(accumulate([], initial=0)))
print(list(chain([1, 2], "ab", (3,))), list(chain()), list(chain.from_iterable(["ab", "cd"])))
def running(op):
    return lambda xs: list(accumulate(xs, op))
print(running(operator.add)([1, 1, 1]), running(lambda a, b: a * 10 + b)([1, 2, 3]))
