# __eq__ with __hash__: equal values collapse in sets and dict keys.
class Key:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name

    def __hash__(self):
        return hash(self.name)

    def __repr__(self):
        return f"Key({self.name!r})"

a, b, c = Key("x"), Key("x"), Key("y")
print(a == b, a is b, a != c, a == "x")
print(len({a, b, c}))
d = {a: 1}
d[b] = 2
print(d)
print(Key("y") in [c], Key("z") in {a: 0})
