# An instance with __call__ is callable; callable() tells instances apart.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x, *rest):
        return [x * self.factor] + [r * self.factor for r in rest]

class Plain:
    pass

double = Multiplier(2)
print(double(3), double(1, 2, 3))
print(callable(double), callable(Plain()), callable(Plain))
print(list(map(Multiplier(10), [1, 2])))
double.factor = 5
print(double(4))
