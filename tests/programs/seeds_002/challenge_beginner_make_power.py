# seeds/002_2fc762ed25bdb8ee.txt, Practice Beginner solution: make_power closures are independent (square, cube, sqrt).
def make_power(exp):
    """Return a function that raises its argument to exp."""
    def power(x):
        return x ** exp
    return power
square = make_power(2)
cube = make_power(3)
sqrt = make_power(0.5)
print(square(4)) # 16
print(cube(3)) # 27
print(sqrt(16)) # 4.0
# Verify these are independent closures with different cells
print(square.__code__.co_freevars) # ('exp',)
print(square.__closure__[0].cell_contents) # 2
print(cube.__closure__[0].cell_contents) # 3
print(sqrt.__closure__[0].cell_contents) # 0.5
# Works with any numeric type
print(square(2.5)) # 6.25
print(cube(-2)) # -8
print(sqrt(2)) # 1.4142135623730951
