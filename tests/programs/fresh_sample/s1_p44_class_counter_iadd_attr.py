# += on attributes calls __iadd__ then setattr
class Money:
    def __init__(self, cents): self.cents = cents
    def __iadd__(self, other):
        print("iadd"); self.cents += other.cents; return self
    def __repr__(self): return f"Money({self.cents})"
class Wallet:
    def __init__(self): self.m = Money(0)
    def __setattr__(self, k, v):
        print("setattr", k); super().__setattr__(k, v)
w = Wallet()
w.m += Money(5)
print(w.m)
d = {"k": Money(1)}
d["k"] += Money(2)
print(d)
