# !r, !s in f-strings, with strings, numbers, containers and a class with both dunders.
class Tag:
    def __str__(self):
        return "tag-str"

    def __repr__(self):
        return "Tag()"

name = "O'Neil"
items = ["a", 1, None]
t = Tag()
print(f"{name} {name!r} {name!s}")
print(f"{items} {items!r} {items!s}")
print(f"{t} {t!r} {t!s} {[t]}")
print(f"{3.0!r} {1e20!r} {True!s}")
print(f"{'x'!r:>6}|{t!s:<9}|")
