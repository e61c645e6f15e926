# Decorators stack their closures: each wrapper holds the next function in a cell.
def deco_a(func):
    def wrapper_a():
        return "a(" + func() + ")"
    return wrapper_a

def deco_b(func):
    def wrapper_b():
        return "b(" + func() + ")"
    return wrapper_b

@deco_a
@deco_b
def base():
    return "base"

print(base())
print(base.__name__)
inner = base.__closure__[0].cell_contents
print(inner.__name__)
print(inner.__closure__[0].cell_contents.__name__)
