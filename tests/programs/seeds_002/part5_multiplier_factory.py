# seeds/002_2fc762ed25bdb8ee.txt, Part 5 Multiplier Factory: double, triple and percent capture different factors.
def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply
double = make_multiplier(2)
triple = make_multiplier(3)
percent = make_multiplier(0.01)
print(double(7)) # 14
print(triple(7)) # 21
print(percent(75)) # 0.75
