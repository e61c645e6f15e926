# Indexing past the end of a list.
items = [10, 20, 30]
print(items[-1])
print(items[3])
