# A tour of builtins that closures programs lean on.
nums = [3, -1, 4, -1, 5]
print(len(nums), sum(nums), min(nums), max(nums), abs(-7))
print(list(reversed(nums)), list(zip("ab", nums)), list(enumerate("xy", 1)))
print(list(map(abs, nums)), list(filter(lambda n: n > 0, nums)))
print(any([]), all([]), bool([]), bool([0]), bool(0.0))
print(str(12) + "3", int("12") + 3, float("1.5"), tuple([1, 2]), list("ab"))
print(dict(a=1, b=2), dict([("x", 1)]), set("aab") == {"a", "b"})
print(list(range(5, 0, -2)), list(range(0)), range(3))
print(repr("it's"), repr('say "hi"'), str(None), repr([1, "a"]))
print(isinstance(3, int), isinstance(True, int), isinstance(3.0, int), type(3) is int)
