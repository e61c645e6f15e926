# A decorator with arguments is a factory that returns a decorator.
def repeat(times):
    def decorator(func):
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def hello(name):
    return "hi " + name

print(hello("bob"))
print(hello.__code__.co_freevars)
print([c.cell_contents for c in hello.__closure__][1])
