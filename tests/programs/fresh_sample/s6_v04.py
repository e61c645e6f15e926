# string formatting of objects with __format__
class Money:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        return f"${self.c / 100:{spec or '.2f'}}"
m = Money(12345)
print(f"{m}", f"{m:.0f}", format(m, ".1f"), "{:>10}".format("x"), "{0:.3}".format(m))
