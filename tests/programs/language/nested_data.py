# Nested lists and dicts, comprehensions over them.
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[1] for row in matrix])
print([[r[i] for r in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
inventory = {"apples": 3, "pears": 0, "plums": 7}
print({k: v * 2 for k, v in inventory.items() if v})
print(sum(inventory.values()), max(inventory, key=lambda k: inventory[k]))
