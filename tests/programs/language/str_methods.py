# Common string methods.
s = "  Hello, Closure World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
t = s.strip()
print(t.lower(), t.upper(), t.title())
print(t.split(", "), t.split())
print("-".join(["a", "b", "c"]))
print(t.replace("o", "0"), t.count("o"), t.find("C"), t.find("z"))
print(t.startswith("Hello"), t.endswith("!"), "42".isdigit(), "ab".isalpha())
print("a,b,,c".split(","))
print("x".center(5, "*"), "7".zfill(3), "ab" * 3)
