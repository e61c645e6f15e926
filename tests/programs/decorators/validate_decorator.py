# A decorator that checks arguments before calling the function.
def positive(func):
    def wrapper(*args):
        for a in args:
            if a <= 0:
                raise ValueError(f"{func.__name__} needs positive numbers, got {a}")
        return func(*args)
    return wrapper

@positive
def area(w, h):
    return w * h

print(area(3, 4))
try:
    area(3, -1)
except ValueError as e:
    print("ValueError:", e)
area(0, 1)
