# seeds/000_27bc754d294148a3.txt, 39.13 nonlocal (bad): without nonlocal, x += 1 makes x local to bad; calling bad() raises UnboundLocalError.
def outer():
    x = 0

    def bad():
        x += 1
        return x

    return bad

bad = outer()
print(bad.__code__.co_varnames, bad.__code__.co_freevars)
bad()
