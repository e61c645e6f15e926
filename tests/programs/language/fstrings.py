# f-strings with expressions, !r and !s, and nested quotes.
name = "Ada"
items = [1, 2]
print(f"hello {name}")
print(f"{name!r} has {len(items)} items: {items}")
print(f"{1 + 2} {name.upper()} {items[-1] * 10}")
print(f"{'quoted'} {name!s} {{braces}}")
d = {"k": "v"}
print(f"{d['k']} {d}")
print(f"{3.0} {1/3} {True} {None}")
