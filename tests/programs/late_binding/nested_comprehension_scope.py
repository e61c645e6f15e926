# The comprehension's variable lives in the comprehension's own scope.
x = "module x"
squares = [x * x for x in range(4)]
print(squares)
print(x)

def f():
    fs = [lambda: y for y in "abc"]
    return [g() for g in fs]

print(f())
