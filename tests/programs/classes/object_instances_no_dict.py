# object() instances have no __dict__: attributes cannot be set on them, vars() refuses.
o = object()
try:
    print(o.__dict__)
except AttributeError as e: print(e)
try:
    vars(o)
except TypeError as e: print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
