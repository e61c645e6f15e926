# seeds/000_27bc754d294148a3.txt, 39.4 Why Cells Exist (plain local): f's x is an ordinary local, not a cell.
def f():
    x = 10
    return x

print(f())
print(f.__code__.co_varnames)
print(f.__code__.co_cellvars)
print(f.__closure__)
