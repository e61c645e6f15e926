# seeds/003_4cacf86aecec5050.txt, Sniffing around returned values: x travels out of func and through func2 unchanged (ids compared instead of printed).
ids = []

def func():
    x = 10
    ids.append(id(10))
    return x

external_x = func()
ids.append(id(external_x))

def func2(inp):
    ids.append(id(inp))
    return inp

external_inp = func2(external_x)
ids.append(id(external_inp))
print(len(ids), len(set(ids)))
assert external_x is external_inp, "The item is not the same. This assertion should not have been raised"
print("assertion passed")
