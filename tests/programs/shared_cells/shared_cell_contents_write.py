# Writing cell_contents through one function is seen by its sibling.
def pair():
    v = 1
    def a():
        return v
    def b():
        return v * 10
    return a, b

a, b = pair()
print(a(), b())
a.__closure__[0].cell_contents = 7
print(a(), b())
