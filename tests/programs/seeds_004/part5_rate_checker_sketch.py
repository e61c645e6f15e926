# seeds/004_d0a714c7296f60be.txt, Part 5 tip: closure vs class sketches whose bodies are `...` (needs classes; calls added).
# Closure: perfect for this - one function, simple state
def make_rate_checker(limit, period):
    calls = []
    def check():
        ...
    return check

# Class: better here - multiple methods, needs __repr__, needs reset()
class RateChecker:
    def check(self): ...
    def reset(self): ...
    def __repr__(self): ...

check = make_rate_checker(5, 1.0)
print(check())
print(check.__code__.co_freevars, make_rate_checker.__code__.co_cellvars)
print(RateChecker().check(), RateChecker().reset())
