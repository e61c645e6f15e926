# Deleting an already-empty cell variable fails too.
def outer():
    x = 1
    def inner():
        return x
    del x
    try:
        del x
    except NameError as e:
        print(type(e).__name__, e)
    return inner

outer()
print("done")
