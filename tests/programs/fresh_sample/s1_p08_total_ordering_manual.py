# sorting objects that define only __lt__
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.9.1", "0.9"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.0") > Version("0.5"))
try:
    Version("1.0") <= Version("2.0")
except TypeError as e:
    print(e)
