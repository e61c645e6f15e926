# A name found in no enclosing function is global, even from a nested function.
value = "global"

def outer():
    def inner():
        return value
    return inner

f = outer()
print(f())
print(f.__code__.co_freevars)
value = "changed"
print(f())
