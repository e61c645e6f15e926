class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.swallow

with Manager("a") as x:
    print("body", x)

with Manager("b", swallow=True) as y, Manager("c") as z:
    print("body", y, z)
    1 / 0
print("after")

def f():
    with Manager("d"):
        return "returned"
print(f())

for i in range(3):
    with Manager(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

try:
    with Manager("e"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

class Broken:
    def __enter__(self):
        return 1
try:
    with Broken():
        pass
except TypeError as e:
    print(e)
try:
    with 5:
        pass
except TypeError as e:
    print(e)

with Manager("f") as (p, q):
    print(p, q)

def g():
    with Manager("g") as m:
        yield m
        yield 2
print(list(g()))
