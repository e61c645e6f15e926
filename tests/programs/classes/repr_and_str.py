# __repr__ and __str__: print uses str, containers use repr, str falls back to repr.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

class Named(Point):
    def __str__(self):
        return f"<{self.x}, {self.y}>"

p = Point(1, "a")
n = Named(2, 3)
print(p)
print(n)
print([p, n])
print(str(p), repr(n), str(n))
print(f"{n} {n!r} {p!s}")
print({"k": n})
