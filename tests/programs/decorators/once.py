# A decorator that lets a function run only once and then remembers its result.
def once(func):
    done = False
    result = None
    def wrapper(*args):
        nonlocal done, result
        if not done:
            result = func(*args)
            done = True
        return result
    return wrapper

@once
def setup(x):
    print("setting up with", x)
    return x * 2

print(setup(5))
print(setup(99))
print(setup.__code__.co_freevars)
