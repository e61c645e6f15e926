# seeds/000_27bc754d294148a3.txt, 39.21 Closures and Mutability: add mutates the captured list without nonlocal.
def outer():
    xs = []

    def add(x):
        xs.append(x)
        return xs

    return add

add = outer()

print(add(1))
print(add(2))
