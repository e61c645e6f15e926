# kwdefaults mutation and function copying
def fmt(value, *, width=8, fill=" "):
    return f"{value:{fill}>{width}}"
print(repr(fmt(42)))
fmt.__kwdefaults__["fill"] = "0"
print(repr(fmt(42)), fmt.__kwdefaults__)
del fmt.__kwdefaults__
try:
    fmt(1)
except TypeError as e:
    print(e)
