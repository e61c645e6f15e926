# int() of a string that is not a number.
print(int("42") + 1)
print(int("  -7 "))
print(int("x"))
