# A decorator takes a function and returns a wrapper closure.
def shout(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        return result.upper() + "!"
    return wrapper

@shout
def greet(name):
    return f"hello {name}"

print(greet("ada"))
print(greet.__name__)
print(greet.__code__.co_freevars)
