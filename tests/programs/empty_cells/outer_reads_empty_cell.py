# The outer function reading its own emptied cell variable gets UnboundLocalError.
def outer():
    x = 1
    def inner():
        return x
    del x
    print("deleted")
    return x

outer()
