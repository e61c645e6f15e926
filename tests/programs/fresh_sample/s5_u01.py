# __setattr__ with a property in the class
class T:
    def __init__(self): self.v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x):
        print("setter", x); self._v = x
    def __setattr__(self, k, val):
        print("setattr", k); super().__setattr__(k, val)
t = T(); t.v = 5; print(t.v, sorted(vars(t)))
