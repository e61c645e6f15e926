# a seeded simulation with choices and gauss inside a closure
import random

def simulator(seed):
    rng = random.Random(seed)
    def step(n):
        moves = rng.choices(["L", "R", "S"], weights=[1, 1, 2], k=n)
        noise = round(rng.gauss(0, 1), 10)
        return "".join(moves), noise
    return step

sim = simulator(7)
print(sim(8), sim(4))
print(simulator(7)(8) == simulator(7)(8))
