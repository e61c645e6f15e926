# method-wrappers of builtins passed as callbacks
words = ["b", "a", "c"]
print(list(map("-".__add__, words)), list(filter("abc".__contains__, "axbyc")))
print(sorted(words, key="cab".index), sum(map((1).__add__, [1, 2, 3])))
