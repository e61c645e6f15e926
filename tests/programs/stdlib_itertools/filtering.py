# takewhile, dropwhile, starmap, zip_longest, islice, compress, filterfalse, pairwise
from itertools import takewhile, dropwhile, starmap, zip_longest, islice, compress, filterfalse, pairwise

print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(lambda *a: sum(a), [[1, 2], (3,)])))
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest()), list(zip_longest([1, 2])))
print(list(islice(range(10), 2, 8, 3)), list(islice("abcdef", None)), list(islice("abcdef", 2, None)))
print(list(islice("abc", 0)), list(islice(range(100), 95, None, 2)))
it = iter(range(10))
print(list(islice(it, 0, 5, 3)), next(it))
print(list(compress("abcde", [1, 0, 1, 0, 1])), list(filterfalse(None, [0, 1, "", "a"])))
print(list(filterfalse(lambda n: n % 2, range(6))), list(pairwise("abcd")), list(pairwise("a")))
seen = []
def noisy(x):
    seen.append(x)
    return x < 2
print(list(takewhile(noisy, [0, 1, 2, 3])), seen)
