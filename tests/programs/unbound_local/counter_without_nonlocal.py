# The classic mistake: count += 1 makes count local to increment.
def make_counter():
    count = 0
    def increment():
        count += 1
        return count
    return increment

c = make_counter()
print("made the counter")
print(c())
