# Reading a name before declaring it global is an error too.
limit = 10

def check(n):
    print(limit)
    global limit
    return n < limit
