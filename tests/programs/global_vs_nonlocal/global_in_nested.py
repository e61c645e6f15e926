# A global declaration in a nested function affects the module, not the outer function.
n = 1

def outer():
    n = 100
    def inner():
        global n
        n += 1
    inner()
    return n

print(outer(), n)
