# seeds/004_d0a714c7296f60be.txt, Common Mistakes 1 Forgetting nonlocal: the wrong counter raises UnboundLocalError, the right one counts (calls added).
# Wrong - count += 1 makes count local → UnboundLocalError
def make_counter():
    count = 0
    def increment():
        count += 1 # BUG: assignment makes count local
        return count
    return increment

try:
    make_counter()()
except UnboundLocalError as e:
    print("wrong:", e)

# Right
def make_counter():
    count = 0
    def increment():
        nonlocal count # declare enclosing scope
        count += 1
        return count
    return increment

c = make_counter()
print("right:", c(), c())
