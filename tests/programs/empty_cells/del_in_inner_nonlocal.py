# An inner function can del a nonlocal name, emptying the shared cell.
def outer():
    x = "here"
    def forget():
        nonlocal x
        del x
    def show():
        return x
    print(show())
    forget()
    return show

show = outer()
show()
