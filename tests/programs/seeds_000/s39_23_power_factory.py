# seeds/000_27bc754d294148a3.txt, 39.23 Closures and Function Factories: square and cube share apply's code but have different cells.
def power(exp):
    def apply(x):
        return x ** exp
    return apply

square = power(2)
cube = power(3)

print(square(5))
print(cube(5))
print(square.__code__ is cube.__code__)
print(square.__closure__[0].cell_contents, cube.__closure__[0].cell_contents)
