# A misspelt method: the traceback suggests the right attribute.
words = ["b", "a"]
words.sort()
print(words)
words.apend("c")
