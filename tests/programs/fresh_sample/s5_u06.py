# __lt__ returning non-bool used in if and sorted
class W:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return [1] if self.v < o.v else []
    def __repr__(self): return f"W{self.v}"
print(sorted([W(2), W(1)]), "yes" if W(1) < W(2) else "no", W(1) < W(2))
