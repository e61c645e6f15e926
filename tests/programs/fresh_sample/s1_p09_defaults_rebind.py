# changing a function's defaults after the fact
def greet(name, greeting="Hello", *, punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
greet.__defaults__ = ("Hi",)
greet.__kwdefaults__ = {"punct": "?"}
print(greet("Bob"), greet.__defaults__, greet.__kwdefaults__)
greet.__kwdefaults__ = {}
try:
    greet("Cy")
except TypeError as e:
    print(e)
def counter(n=[]):
    n.append(1)
    return len(n)
counter(); counter()
print(counter.__defaults__)
counter.__defaults__ = ([],)
print(counter(), counter.__defaults__)
