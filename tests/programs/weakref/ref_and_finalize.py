# weakref.ref and weakref.finalize: reprs, calling, callbacks at the next statement, the cycle collector, finalizers at exit
import weakref, gc
class Foo:
    pass
o = Foo()
w = weakref.ref(o)
print(w, type(w), weakref.ref is weakref.ReferenceType, w() is o, w.__callback__)
def f(): pass
print(weakref.ref(f))
fin = weakref.finalize(o, print, "finalized", 1)
print(fin, fin.alive, fin.atexit, type(fin))
print(weakref.ref(o, print) is w)
del o
print(w, w(), fin.alive, fin)
for x in [1, 'a', [], None, b'']:
    try:
        weakref.ref(x)
    except TypeError as e:
        print(e)
try:
    weakref.ref()
except TypeError as e:
    print(e)
class Bar: pass
b = Bar()
def cb(r):
    print("callback got", r, r())
r2 = weakref.ref(b, cb)
b = None
print("after")
c = Bar(); c.me = c
weakref.finalize(c, print, "cycle gone")
del c
print("before collect")
gc.collect()
print("after collect")
d = Bar()
f2 = weakref.finalize(d, lambda: print("exit finalizer"))
print(f2.peek()[1:], f2.detach() is not None, f2.alive, f2())
e = Bar()
weakref.finalize(e, print, "at exit", "e")
weakref.finalize(e, print, "at exit 2")
print("end")
