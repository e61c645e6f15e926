# global rebinds a module-level name from inside a function.
count = 0

def increment():
    global count
    count += 1
    return count

increment()
increment()
print(count)
print(increment.__code__.co_varnames, increment.__code__.co_freevars)
