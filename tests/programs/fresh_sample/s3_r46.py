# instance __dict__ manipulation and vars()
class Obj:
    def __init__(self): self.a = 1
o = Obj()
vars(o)["b"] = 2
o.__dict__.update(c=3)
print(o.b, o.c, sorted(vars(o)), "a" in o.__dict__)
del o.__dict__["a"]
print(hasattr(o, "a"))
