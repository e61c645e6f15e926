# nonlocal from the innermost level rebinds the outermost variable.
def outer():
    total = 0
    def middle():
        def inner(n):
            nonlocal total
            total += n
        for k in range(1, 5):
            inner(k)
    middle()
    return total

print(outer())
