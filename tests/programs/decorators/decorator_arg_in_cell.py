# The decorator's argument and the wrapped function sit in the wrapper's cells.
def prefix(tag):
    def decorator(func):
        def wrapper(*args, **kwargs):
            return f"[{tag}] " + func(*args, **kwargs)
        return wrapper
    return decorator

@prefix("warn")
def message(text, *, loud=False):
    return text.upper() if loud else text

print(message("disk full"))
print(message("disk full", loud=True))
print(message.__code__.co_freevars)
print(message.__closure__[1].cell_contents)
print(message.__closure__[0].cell_contents.__name__)
