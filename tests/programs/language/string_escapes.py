# Escapes in string literals and how repr shows them.
s = "tab\there\nnew line"
print(s)
print(repr(s))
print(len("a\\b"), "a\\b", repr("a\\b"))
print('single \'quote\'', "double \"quote\"")
print(repr("\u00e9t\u00e9"), "\u00e9t\u00e9")
