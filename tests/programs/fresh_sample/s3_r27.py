# frozenset of frozensets and set algebra
s = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(s), frozenset({1, 2}) in s, frozenset([frozenset([1])]))
a = frozenset("abc")
print(sorted(a - {"a"}), a & frozenset("cd"), a.isdisjoint("xyz"), sorted(a.symmetric_difference("cdx")))
