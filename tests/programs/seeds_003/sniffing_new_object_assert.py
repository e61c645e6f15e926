# seeds/003_4cacf86aecec5050.txt, Sniffing around returned values (second snippet): inp**2 is a new object, so the assert fails with AssertionError (ids compared instead of printed).
def func():
    x = 10
    print(id(x) == id(10))
    return x

ext_x = func()
print(id(ext_x) == id(10))

def func2(inp):
    inp = inp**2
    return inp

ext_x2 = func2(ext_x)
print(id(ext_x2) == id(ext_x))
assert ext_x is ext_x2, "the objects are not the same"
