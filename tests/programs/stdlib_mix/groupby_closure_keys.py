# groupby with key functions made by a closure factory; groups consumed in order
from itertools import groupby

def bucket(size):
    def key(n):
        return n // size
    return key

data = [1, 2, 3, 11, 12, 25, 26, 27, 40]
for size in (10, 20):
    k = bucket(size)
    print(size, [(b, list(g)) for b, g in groupby(data, key=k)], k.__closure__[0].cell_contents)
words = sorted(["apple", "bob", "alpha", "beta", "cat"], key=lambda w: w[0])
print({letter: len(list(group)) for letter, group in groupby(words, key=lambda w: w[0])})
