def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

total = 0
def add(n):
    global total
    total += n

def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x = 2
        inner()
    middle()
    return x
