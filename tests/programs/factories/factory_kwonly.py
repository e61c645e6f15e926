# Keyword-only parameters of the factory are captured like any other.
def make_formatter(*, left="<", right=">"):
    def fmt(x):
        return left + str(x) + right
    return fmt

angle = make_formatter()
square = make_formatter(left="[", right="]")
print(angle(1), square(2))
print(make_formatter.__kwdefaults__)
print(angle.__code__.co_freevars)
