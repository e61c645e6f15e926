# *args and **kwargs in definitions and calls.
def show(a, b=0, *args, c=1, **kwargs):
    print(a, b, args, c, kwargs)

show(1)
show(1, 2, 3, 4, c=5, d=6)
show(*[1, 2, 3], **{"c": 9, "z": 0})
show(b=2, a=1)
def collect(**kw):
    return sorted(kw.items())
print(collect(y=2, x=1))
