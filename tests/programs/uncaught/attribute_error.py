# An attribute that does not exist on a list.
items = [3, 1, 2]
items.sort()
print(items)
items.push(4)
