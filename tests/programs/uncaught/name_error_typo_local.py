# A misspelt local: the traceback suggests the local it resembles.
def total_of(values):
    total = 0
    for v in values:
        total += v
    return toatl

total_of([1, 2])
