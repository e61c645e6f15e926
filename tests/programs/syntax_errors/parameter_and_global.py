# A parameter cannot be declared global either.
def f(total):
    global total
    total = 0
