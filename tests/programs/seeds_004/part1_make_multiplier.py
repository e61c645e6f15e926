# seeds/004_d0a714c7296f60be.txt, Part 1 Definition: double and triple each capture their own factor.
def make_multiplier(factor):
    # 'factor' is a free variable of the inner function
    def multiply(x):
        return x * factor # 'factor' is captured from the enclosing scope
    return multiply

double = make_multiplier(2)
triple = make_multiplier(3)

print(double(10)) # 20 - factor=2 is captured in double's closure
print(triple(10)) # 30 - factor=3 is captured in triple's closure

# make_multiplier() has returned, but factor lives on in the closures
