# default reprs
o = object()
print(repr(o).startswith("<object object at 0x"), type(o).__name__)
class Thing: pass
print(repr(Thing()).startswith("<__main__.Thing object at 0x"))
try:
    o.x = 1
except AttributeError as e:
    print(e)
