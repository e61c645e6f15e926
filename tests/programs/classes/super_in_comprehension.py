# Zero-argument super() in a comprehension or generator expression inside a method fails in 3.11 (the comprehension's first argument is its iterator); super(C, obj) checks obj.
class A:
    def f(self): return "A"
class B(A):
    def f(self):
        return [super().f() for _ in range(2)]
    def g(self):
        return (lambda: super().f())()
    def h(self):
        return (lambda s=self: super().f())()
    def k(self):
        return list(super().f() for _ in range(1))
    def m(self):
        return {super().f(): 1 for _ in range(1)}
    def ok(self):
        sup = super()
        return [sup.f() for _ in range(2)]
    def ok2(self):
        return [x for x in [super().f()]]
for name in "f g h k m ok ok2".split():
    try:
        print(name, getattr(B(), name)())
    except (TypeError, RuntimeError) as e: print(name, type(e).__name__, e)
try:
    super(B, 3)
except TypeError as e: print(e)
print(super(B, B()).f())
try: super()
except RuntimeError as e: print(e)


class C(A):
    @classmethod
    def make(cls):
        return super().f


print(C.make().__name__)
try:
    super(C, A())
except TypeError as e:
    print(e)
