# seeds/004_d0a714c7296f60be.txt, Part 3 The nonlocal Keyword: increment, reset and get share count.
def make_counter():
    count = 0

    def increment():
        nonlocal count # tells compiler: count is in the enclosing scope
        count += 1 # now valid: reads and writes the enclosing count
        return count

    def reset():
        nonlocal count
        count = 0

    def get():
        return count # read-only: no assignment, no nonlocal needed

    return increment, reset, get


inc, reset, get = make_counter()

print(inc()) # 1
print(inc()) # 2
print(inc()) # 3
print(get()) # 3
reset()
print(get()) # 0
print(inc()) # 1
