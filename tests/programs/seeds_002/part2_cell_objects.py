# seeds/002_2fc762ed25bdb8ee.txt, Part 2 Cell Objects and __closure__: the cell repr, its contents and co_freevars.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
# Inspect the closure
print(add5.__closure__) # (<cell at 0x7f...>,)
print(add5.__closure__[0].cell_contents) # 5
print(add5.__code__.co_freevars) # ('n',)
