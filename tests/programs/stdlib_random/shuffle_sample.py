# shuffle, sample (small pools and the set-based path for big populations), choices, counts
import random

random.seed(42)
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample(range(10000), 10), random.sample("abcdefgh", 8))
print(random.sample(["red", "blue"], counts=[3, 1], k=4), random.sample((1, 2, 3), 0))
print(random.choices("abc", k=6), random.choices("abc", weights=[1, 5, 1], k=6))
print(random.choices(range(4), cum_weights=[1, 2, 3, 10], k=5))
hands = [random.sample(range(52), 5) for _ in range(3)]
print(hands)
