# Subclasses of str: methods from str return plain str; new methods see the text.
class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())

    def shout(self):
        return self + "!"

u = Upper("hello")
print(u, repr(u), len(u), u[1], u[1:3], u.lower(), type(u.lower()).__name__)
print(u.shout(), type(u.shout()).__name__, u == "HELLO", "ELL" in u, u.startswith("HE"))
print(list(u), sorted(u), u * 2, "<" + u + ">", f"[{u:>8}]", "%s!" % u, u.split("L"))
print({u: 1}["HELLO"], hash(u) == hash("HELLO"), isinstance(u, str), str(u), type(str(u)).__name__)
print(", ".join([u, Upper("x")]), u.center(9, "*"), u.encode(), int(Upper("12")) + 1)

class Name(str):
    def initials(self):
        return "".join(part[0] for part in self.split())

n = Name("ada lovelace")
print(n.initials(), n.title(), n.upper().lower() == n, Name(), repr(Name(5)))
names = sorted([Name("b"), "a", Name("c")])
print(names, [type(x).__name__ for x in names])
