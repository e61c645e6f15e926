# Lambdas check their argument count the same way.
add = lambda a, b: a + b
print(add(1, 2))
add(1, 2, 3)
