# seeds/000_27bc754d294148a3.txt, 39.21-39.22 Rebinding vs Mutating (first form): xs.append(x) mutates the list in the cell; add returns None.
def outer():
    xs = []

    def add(x):
        xs.append(x)

    return add

add = outer()
print(add(1))
add(2)
print(add.__closure__[0].cell_contents)
