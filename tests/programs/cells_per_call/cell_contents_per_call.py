# cell_contents shows what each closure captured; setting it changes only that cell.
def make(v):
    def get():
        return v
    return get

x = make("x")
y = make("y")
x.__closure__[0].cell_contents = "changed"
print(x(), y())
print(x.__closure__[0].cell_contents, y.__closure__[0].cell_contents)
