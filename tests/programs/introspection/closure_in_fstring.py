# Looking inside a closure the way tutorials do: the tuple of cells, then their contents.
def outer(x, y):
    def inner():
        return x + y
    return inner

f = outer(10, 20)
print(f"closure: {f.__closure__}")
print(f"contents: {[cell.cell_contents for cell in f.__closure__]}")
print(f"free variables: {f.__code__.co_freevars}")
print(f"{len(f.__closure__)} cells for {f.__qualname__}")
