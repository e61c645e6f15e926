# mapping unpack with duplicate keys error
def f(**kw): return kw
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
print({**{"a": 1}, **{"a": 2}})
