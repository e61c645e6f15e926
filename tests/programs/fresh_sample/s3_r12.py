# super() in lambdas and generator expressions
class Base:
    def val(self): return 10
class Der(Base):
    def via_genexp(self):
        return sum(super().val() for _ in range(2))
    def via_local(self):
        s = super()
        return sum(s.val() for _ in range(2))
d = Der()
print(d.via_local())
try:
    d.via_genexp()
except TypeError as e:
    print(e)
