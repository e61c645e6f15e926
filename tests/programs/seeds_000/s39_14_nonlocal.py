# seeds/000_27bc754d294148a3.txt, 39.14 global vs nonlocal (nonlocal): nonlocal x in inner makes x a cell of outer; outer itself returns None.
def outer():
    x = 0

    def inner():
        nonlocal x
        x = 10

print(outer())
print(outer.__code__.co_cellvars)
print(outer.__code__.co_varnames)
