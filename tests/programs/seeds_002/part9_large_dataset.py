# seeds/002_2fc762ed25bdb8ee.txt, Part 9 Memory: a ten-million-element list stays alive in get_item's cell until getter is deleted.
def load_large_dataset():
    data = list(range(10_000_000)) # occupies ~80 MB
    def get_item(i):
        return data[i] # data captured in closure cell
    return get_item
getter = load_large_dataset()
# The 80 MB dataset stays in memory as long as `getter` exists!
print(getter(0)) # 0
print(getter(9_999_999))
del getter
# Now the closure is deleted, the cell is released, data can be GC'd
print("getter" in globals())
