# The outer function itself can rebind the shared variable after making the closures.
def outer():
    x = "first"
    def show():
        return x
    before = show()
    x = "second"
    return before, show

before, show = outer()
print(before)
print(show())
print(show.__closure__[0].cell_contents)
