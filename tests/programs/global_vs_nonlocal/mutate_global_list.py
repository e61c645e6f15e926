# Mutating a global list needs no declaration: the name is not rebound.
items = []

def add(x):
    items.append(x)

def reset_wrong():
    items = []
    return items

add(1)
add(2)
reset_wrong()
print(items)
