# Mutating the object in a cell needs no nonlocal: the name is not rebound.
def make_collector():
    items = []
    def add(x):
        items.append(x)
        return items
    return add

add = make_collector()
add(1)
print(add(2))
print(add.__code__.co_varnames, add.__code__.co_freevars)
