# zip_longest with a fill value taken from an enclosing function's parameter
from itertools import zip_longest

def pairer(fill):
    def pair(a, b):
        return list(zip_longest(a, b, fillvalue=fill))
    return pair

dash = pairer("-")
print(dash("abc", "x"), pairer(None)([1], [2, 3]), dash.__closure__[0].cell_contents)
