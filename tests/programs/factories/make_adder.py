# The classic factory: each call to make_adder returns a new function
# that remembers the n it was made with.
def make_adder(n):
    def add(x):
        return x + n
    return add

add10 = make_adder(10)
add3 = make_adder(3)
print(add10(5))
print(add3(5))
print(add10(add3(1)))
