# print's sep and end arguments.
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" ... continued")
print(1, 2, 3, sep="", end="!\n")
print()
print("x", "y", sep=", ", end=".\n")
print(*[1, 2, 3])
print("last line without newline", end="")
