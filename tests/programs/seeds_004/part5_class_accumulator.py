# seeds/004_d0a714c7296f60be.txt, Part 5 When to Switch to a Class: Accumulator with methods, @property and __repr__ (needs classes; usage added).
# Multiple methods, __repr__, complex state - use a class
class Accumulator:
    def __init__(self, initial: float = 0.0):
        self._total = initial
        self._count = 0
        self._history: list[float] = []

    def add(self, value: float) -> float:
        self._total += value
        self._count += 1
        self._history.append(value)
        return self._total

    def reset(self) -> None:
        self._total = 0.0
        self._count = 0
        self._history.clear()

    @property
    def average(self) -> float:
        return self._total / self._count if self._count > 0 else 0.0

    def __repr__(self) -> str:
        return f"Accumulator(total={self._total}, count={self._count})"

acc = Accumulator()
print(acc.add(10))
print(acc.add(5))
print(acc, acc.average)
acc.reset()
print(acc, acc.average)
