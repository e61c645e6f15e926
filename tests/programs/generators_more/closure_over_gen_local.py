# Closures made inside a generator capture its locals; the cell keeps changing while it runs.
def make_readers():
    value = 0
    def read():
        return value
    for value in range(3):
        yield read

readers = []
for r in make_readers():
    readers.append(r)
    print("now", r())
print([r() for r in readers])
print(make_readers.__code__.co_cellvars)
print(readers[0].__code__.co_freevars, readers[0] is readers[1])
