# The same parameter given positionally and by keyword.
def point(x, y):
    return (x, y)

point(1, x=2)
