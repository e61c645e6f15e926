# Unpacking with the wrong number of values.
a, b = [1, 2]
print(a, b)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
a, b, c = "xy"
