# Random instances are independent generators; getstate/setstate replay; a closure over a generator
import random

a = random.Random(7)
b = random.Random(7)
print(a.random() == b.random(), a.randint(1, 100), b.randint(1, 100))
state = a.getstate()
first = [a.random() for _ in range(3)]
a.setstate(state)
print(first == [a.random() for _ in range(3)], state[0], len(state[1]))

def make_die(sides, seed):
    rng = random.Random(seed)
    rolls = []
    def roll():
        value = rng.randint(1, sides)
        rolls.append(value)
        return value
    return roll, rolls

d6, history = make_die(6, 2024)
print([d6() for _ in range(8)], history, d6.__code__.co_freevars)
print(random.Random(3).gauss(), random.Random(3).normalvariate(10, 2), random.Random(3).expovariate(0.5))
print(random.Random(3).triangular(0, 10, 3), random.Random(3).triangular(), random.Random(5).choice(range(1000)))
