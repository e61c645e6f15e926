# comparison methods returning non-bool objects
class Expr:
    def __init__(self, text): self.text = text
    def __lt__(self, other): return Expr(f"({self.text} < {other})")
    def __gt__(self, other): return Expr(f"({self.text} > {other})")
    def __eq__(self, other): return Expr(f"({self.text} == {other})")
    def __repr__(self): return self.text
x = Expr("x")
print(x < 3, x > 4, 5 < x, x == 1, 1 == x)
print([x] == [x], x != 2)
