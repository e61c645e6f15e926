# Not an error: a for-loop target is a binding, so nonlocal i finds make's i.

def make():
    for i in range(3):
        def f():
            nonlocal i
            i += 1
    return f

print("this file compiles: make's loop variable i is a binding")
print(make.__code__.co_cellvars)
