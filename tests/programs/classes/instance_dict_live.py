# obj.__dict__ is the instance's own namespace: writes through it are
# attributes, and a dict stored inside itself is a cycle the collector frees.
import gc
gc.disable()

class P:
    def __init__(self):
        self.x = 1

p = P()
d = p.__dict__
d['y'] = 2
print(p.y, vars(p), p.__dict__ is p.__dict__, vars(p) is d)
del d['x']
try:
    p.x
except AttributeError as e:
    print(e)
p.z = 3
print(d, sorted(vars(p)))

class Node:
    pass

gc.collect()
for i in range(300):
    n = Node()
    n.me = n.__dict__
    n.items = [n]
del n
print(gc.collect() > 0)
print(gc.collect())
keep = Node()
keep.ns = keep.__dict__
print(gc.collect(), keep.ns is keep.__dict__)
