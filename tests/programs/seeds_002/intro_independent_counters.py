# seeds/002_2fc762ed25bdb8ee.txt, intro: two counters from make_counter keep separate counts in their own cells (indentation restored).
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment
c1 = make_counter()
c2 = make_counter()
print(c1()) # 1
print(c1()) # 2
print(c1()) # 3
print(c2()) # 1 ← independent counter, starts at zero
print(c1()) # 4 ← c1 remembers its own count separately
