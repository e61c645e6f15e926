# __lt__ used by max/min and reversed comparison
class Score:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f"S{self.v}"
xs = [Score(3), Score(7), Score(5)]
print(max(xs), min(xs), sorted(xs))
