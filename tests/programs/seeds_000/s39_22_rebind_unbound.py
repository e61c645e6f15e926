# seeds/000_27bc754d294148a3.txt, 39.21-39.22 Rebinding vs Mutating (second form): xs = xs + [x] makes xs local to add, so the call raises UnboundLocalError.
def outer():
    xs = []

    def add(x):
        xs = xs + [x]

    return add

add = outer()
print(add.__code__.co_varnames, add.__code__.co_freevars)
add(1)
