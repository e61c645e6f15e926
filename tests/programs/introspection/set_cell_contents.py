# Writing cell_contents changes what the closure sees from then on.
def make():
    secret = "old"
    def tell():
        return secret
    return tell

tell = make()
print(tell())
cell = tell.__closure__[0]
cell.cell_contents = "new"
print(tell(), cell.cell_contents)
cell.cell_contents = [1, 2]
print(tell())
