# Argument binding reports an unexpected or repeated keyword before "takes N positional arguments"; ** takes any mapping.
def g(a, b):
    pass


def h(a, b=2, *, k):
    pass


for call in [lambda: g(1, 2, 3, c=4), lambda: g(1, 2, 3, a=4), lambda: g(1, a=4),
             lambda: h(1, 2, 3, zz=4), lambda: h(1, 2, 3, k=1), lambda: g(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print(e)


class Mapping:
    def keys(self):
        return ["a", "b"]

    def __getitem__(self, k):
        return k.upper()


def f(**kw):
    return kw


print(f(**Mapping()), dict(Mapping()), {**Mapping(), "c": 1}, g(**Mapping()))
try:
    f(**3)
except TypeError as e:
    print(e)
try:
    {**[1]}
except TypeError as e:
    print(e)
try:
    f(a=1, **Mapping())
except TypeError as e:
    print(e)
