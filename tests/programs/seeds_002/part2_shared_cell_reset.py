# seeds/002_2fc762ed25bdb8ee.txt, Part 2 Why Cell Objects? increment and reset share the count cell.
def make_counter():
    count = 0 # stored in a cell, not on the stack
    def increment():
        nonlocal count # access the shared cell
        count += 1
        return count
    def reset():
        nonlocal count
        count = 0
    return increment, reset
inc, rst = make_counter()
print(inc()) # 1
print(inc()) # 2
print(inc()) # 3
rst()
print(inc()) # 1 - count was reset via the shared cell
