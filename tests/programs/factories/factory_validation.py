# A factory can check its argument once, when the closure is made.
def make_clamp(low, high):
    if low > high:
        raise ValueError(f"low {low} is above high {high}")
    def clamp(x):
        return max(low, min(high, x))
    return clamp

c = make_clamp(0, 10)
print([c(x) for x in (-5, 3, 99)])
try:
    make_clamp(5, 1)
except ValueError as e:
    print("refused:", e)
