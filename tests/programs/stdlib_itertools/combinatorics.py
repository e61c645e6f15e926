# product, permutations, combinations: orders, lengths, edge cases
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", repeat=2)))
print(list(product([1, 2], "xy", [True])))
print(list(product()), list(product([], [1])), list(product([1], repeat=0)))
print(list(permutations("abc", 2)))
print(list(permutations(range(3))))
print(list(permutations([1, 2], 3)), list(permutations([], 0)))
print(list(combinations("abcd", 2)))
print(list(combinations(range(4), 3)), list(combinations([1], 0)), list(combinations([1], 2)))
print(list(combinations_with_replacement("abc", 2)))
print(len(list(permutations(range(5)))), len(list(combinations(range(10), 4))))
p = product("ab")
print(next(p), next(p))
try:
    next(p)
except StopIteration:
    print("product exhausted")
hands = [a + b for a, b in combinations("AKQ", 2)]
print(hands)
