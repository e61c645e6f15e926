# seeds/004_d0a714c7296f60be.txt, Part 2 How Python Stores Captured Variables: the cell's contents go from 0 to 2 as c() is called.
def make_counter():
    count = 0 # stored in a cell object, shared with increment

    def increment():
        nonlocal count
        count += 1
        return count

    return increment

c = make_counter()

# Inspect the closure
print(c.__closure__) # (<cell at 0x...>,)
print(c.__closure__[0].cell_contents) # 0 (the current value of count)

c()
c()
print(c.__closure__[0].cell_contents) # 2 (modified through the cell)

# Inspect what variables are captured
print(c.__code__.co_freevars) # ('count',)
