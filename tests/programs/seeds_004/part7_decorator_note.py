# seeds/004_d0a714c7296f60be.txt, Part 7 note Every Decorator Creates a Closure: wrapper captures func; functools.wraps copies the name (decorated function and call added).
import functools

def my_decorator(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs) # 'func' is a free variable
    return wrapper

@my_decorator
def greet(name):
    return f"hello {name}"

print(greet("ada"))
print(greet.__name__, greet.__code__.co_freevars)
print(greet.__closure__[0].cell_contents is greet.__wrapped__)
