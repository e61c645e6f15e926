# a closure that captures a weak reference does not keep the object alive (the retention fix for closures)
import weakref

class Model:
    def __init__(self, name):
        self.name = name
        self.data = bytearray(10_000_000)

    def __repr__(self):
        return f'Model({self.name!r})'

def make_reporter_strong(model):
    def report():
        return f'{model.name}: {len(model.data)} bytes'
    return report

def make_reporter_weak(model):
    ref = weakref.ref(model)
    def report():
        m = ref()
        if m is None:
            return 'model is gone'
        return f'{m.name}: {len(m.data)} bytes'
    return report

m = Model('big')
probe = weakref.ref(m)
strong = make_reporter_strong(m)
del m
print(strong(), probe() is not None)
print(type(strong.__closure__[0].cell_contents).__name__)
del strong
print(probe())

m = Model('light')
probe = weakref.ref(m, lambda r: print('callback: model collected, ref is dead:', r() is None))
weak = make_reporter_weak(m)
print(weak(), weak.__closure__[0].cell_contents() is m)
del m
print(weak())
print(probe(), weak.__closure__[0].cell_contents)

def owner():
    item = Model('local')
    weakref.finalize(item, print, 'finalized when owner() returned')
    return 'owner returns'

print(owner())
print('done')
