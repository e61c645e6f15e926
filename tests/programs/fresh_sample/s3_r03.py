# a read-only proxy via __setattr__ and __getattr__
class ReadOnly:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        raise AttributeError(f"read-only: {name}")
    def __delattr__(self, name):
        raise AttributeError(f"read-only: cannot delete {name}")
class Data:
    def __init__(self): self.v = 1
r = ReadOnly(Data())
print(r.v)
for action in (lambda: setattr(r, "v", 2), lambda: delattr(r, "v")):
    try:
        action()
    except AttributeError as e:
        print(e)
