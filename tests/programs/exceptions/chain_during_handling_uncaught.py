# An exception raised while handling another prints both, implicitly chained.
def average(values):
    try:
        return sum(values) / len(values)
    except ZeroDivisionError:
        return values[0]

print(average([2, 4]))
print(average([]))
