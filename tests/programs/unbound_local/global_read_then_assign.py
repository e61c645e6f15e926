# Assigning anywhere in a function makes the name local everywhere in it.
x = 10

def show():
    print(x)
    x = 20

print(show.__code__.co_varnames)
show()
