# str.format: automatic, numbered and keyword fields, indexing and attributes.
print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age:>3}".format(name="ann", age=7))
point = {"x": 1, "y": 2}
print("({0[x]}, {0[y]})".format(point))
print("{0[1]}-{0[0]}".format(["p", "q"]))
print("{!r} {!s} {:.3f}".format("s", "s", 2 / 3))
print("{{literal}} {}".format("braces"))
template = "{greeting}, {who}!"
print(template.format(greeting="Hi", who="you"), template.format(**{"greeting": "Yo", "who": "me"}))
print("{0:*>6} {0:*<6}".format(5))
