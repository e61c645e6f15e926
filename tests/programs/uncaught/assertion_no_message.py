# A failing assert without a message: the last line is just the type.
x = 3
assert x > 0
assert x > 5
