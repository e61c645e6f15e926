# Factories make families of related functions.
def power(exp):
    def raise_to(base):
        return base ** exp
    return raise_to

square = power(2)
cube = power(3)
print(square(9), cube(3))
print(square.__name__, cube.__name__)
print(square.__qualname__)
print(square is cube)
print(power(100)(2))
