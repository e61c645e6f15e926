# seeds/004_d0a714c7296f60be.txt, Common Mistakes 2 Using global When nonlocal Is Correct: global x bumps the module x (1), nonlocal x bumps outer's x (11).
x = 0 # module-level

def outer():
    x = 10 # outer's local x

    def inner():
        global x # BUG: modifies module-level x, not outer's x
        x += 1
        return x

    return inner

f = outer()
print(f()) # 1 - modified MODULE-LEVEL x, not outer's x=10

# Right
def outer():
    x = 10
    def inner():
        nonlocal x # correct: refers to outer's x
        x += 1
        return x
    return inner

f = outer()
print(f())
print(x)
