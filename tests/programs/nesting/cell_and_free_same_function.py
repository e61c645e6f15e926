# A function can have free variables from above and cell variables for below.
def outer():
    x = 1
    def middle():
        y = 2
        def inner():
            return x + y
        return inner
    return middle

m = outer()
print(m.__code__.co_freevars, m.__code__.co_cellvars)
print(m()())
