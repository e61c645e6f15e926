# defaultdict: the factory runs on a missing key; get and in do not call it
from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "bob", "avocado", "cat", "bee"]:
    groups[word[0]].append(word)
print(groups, dict(groups), len(groups), groups.default_factory)
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts, counts.get("z"), "z" in counts, counts["z"], "z" in counts)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 2
print(dict(nested["a"]), isinstance(nested, dict), type(nested), defaultdict)
plain = defaultdict(None, a=1)
print(plain, defaultdict(), defaultdict(list, [("k", [1])]), defaultdict(int, {"a": 1}, b=2))
copy = counts.copy()
copy["new"] = 5
print(type(copy).__name__, copy.default_factory, "new" in counts, counts | {"q": 0}, {"q": 0} | counts)
counts.default_factory = lambda: -1
print(counts["w"], counts == {"h": 1, "e": 1, "l": 2, "o": 1, "z": 0, "w": -1})
