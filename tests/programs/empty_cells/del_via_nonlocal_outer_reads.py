# nonlocal then del is allowed; it empties the cell the outer function reads.
def outer():
    x = 1
    def inner():
        nonlocal x
        del x
    inner()
    try:
        return x
    except NameError as e:
        return type(e).__name__ + ": " + str(e)

print(outer())
