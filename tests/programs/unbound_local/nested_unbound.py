# The same mistake one level down: inner assigns total, so total is local in inner.
def outer():
    total = 1
    def inner():
        print("inner starts")
        total = total * 2
        return total
    return inner()

outer()
