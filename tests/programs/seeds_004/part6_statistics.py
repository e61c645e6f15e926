# seeds/004_d0a714c7296f60be.txt, Part 6 Multi-Variable Mutable Closures: four nonlocal names updated per call (CPython prints the full mean 11.666666666666666).
def make_statistics():
    """Returns a function that accumulates statistics."""
    count = 0
    total = 0.0
    minimum = float('inf')
    maximum = float('-inf')

    def update(value: float) -> dict:
        nonlocal count, total, minimum, maximum
        count += 1
        total += value
        if value < minimum: minimum = value
        if value > maximum: maximum = value
        return {
            "count": count,
            "mean": total / count,
            "min": minimum,
            "max": maximum,
        }

    return update


stats = make_statistics()
print(stats(10)) # {'count': 1, 'mean': 10.0, 'min': 10, 'max': 10}
print(stats(20)) # {'count': 2, 'mean': 15.0, 'min': 10, 'max': 20}
print(stats(5)) # {'count': 3, 'mean': 11.67, 'min': 5, 'max': 20}
