# Comprehensions get their own code objects with free variables.
def outer(n):
    squares = [i * n for i in range(3)]
    lookup = {i: i + n for i in range(3)}
    unique = {i % n for i in range(7)}
    total = sum(i for i in range(n))
    return squares, lookup, unique, total

print(outer(3))
print(outer.__code__.co_cellvars)
