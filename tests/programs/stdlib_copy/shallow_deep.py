# copy vs deepcopy of nested lists and dicts; tuples of immutables are not copied
import copy

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(9)
a[2]["k"].append(5)
print(a, b, c)
print(b[1] is a[1], c[1] is a[1], b is a, c[2] is a[2])
t = (1, "two", 3.0)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]), copy.deepcopy((1, [2]))[1] is None)
s = {1, 2}
print(copy.copy(s), copy.copy(s) is s, copy.deepcopy({"a": {1}}), copy.copy({"x": 1}))
shared = [0]
pair = [shared, shared]
dup = copy.deepcopy(pair)
print(dup[0] is dup[1], dup[0] is shared)
memo = {}
x = copy.deepcopy([shared], memo)
print(id(shared) in memo, memo[id(shared)] is x[0])
