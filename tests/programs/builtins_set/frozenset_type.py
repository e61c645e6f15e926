# frozenset is a real type: immutable, hashable (CPython's hash), usable as dict keys and set members; operators keep the left operand's type.
fs = frozenset([1, 2, 2])
print(fs, type(fs).__name__, frozenset(), hash(fs) == hash(frozenset([2, 1])), {fs: 1}[frozenset({1, 2})])
print(fs | {3}, fs & {1}, {1} | fs, fs == {1, 2}, 1 in fs, len(fs), sorted(fs))
print(fs.union([5]), fs.copy() is fs, frozenset(fs) is fs, fs.issubset({1, 2, 3}), type({1} | fs).__name__)
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({"a"})) == hash(frozenset({"a"})))
print(isinstance(fs, frozenset), isinstance(fs, set), {frozenset({1}), frozenset({2})})
try:
    fs.add(3)
except AttributeError as e:
    print(e)
try:
    {set()}
except TypeError as e:
    print(e)
g = fs
g |= {9}
print(fs, g, g is fs)
x = 3
print(x in {1, 2, 3}, set(fs), frozenset("abc") == frozenset("cba"), repr(frozenset({(1, 2)})))
