# nonlocal lets the inner function rebind the outer variable.
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c = make_counter()
print(c())
print(c())
print(c())
print(c.__code__.co_freevars)
