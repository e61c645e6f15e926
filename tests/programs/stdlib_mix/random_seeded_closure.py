# a dice closure over a seeded random.Random: two factories with one seed roll the same numbers
import random

def make_dice(sides, seed):
    rng = random.Random(seed)
    history = []
    def roll(times=1):
        values = [rng.randint(1, sides) for _ in range(times)]
        history.extend(values)
        return values
    return roll, history

r1, h1 = make_dice(6, 99)
r2, h2 = make_dice(6, 99)
print(r1(5), r2(5), h1 == h2)
print(r1(3), len(h1), len(h2))
random.seed(2024)
deck = list("AKQJ")
random.shuffle(deck)
print(deck, random.choice(deck), random.sample(range(100), 4), round(random.uniform(0, 1), 8))
