# chained comparison with custom objects returning bools
class N:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < (o.v if isinstance(o, N) else o)
    def __gt__(self, o): return self.v > (o.v if isinstance(o, N) else o)
print(N(1) < N(2) < N(3), 0 < N(1) < 2, N(5) > 3 > N(1))
