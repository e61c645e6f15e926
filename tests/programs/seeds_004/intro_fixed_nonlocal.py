# seeds/004_d0a714c7296f60be.txt, intro answer: nonlocal count fixes the counter.
def make_counter():
    count = 0
    def increment():
        nonlocal count # now the compiler knows: count is from the enclosing scope
        count += 1
        return count
    return increment

c = make_counter()
print(c()) # 1
print(c()) # 2
print(c()) # 3
