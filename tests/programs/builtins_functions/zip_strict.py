# zip(strict=True) raises ValueError naming which argument is shorter or longer.
print(list(zip([1, 2], "ab", strict=True)), list(zip(strict=True)))
for args in [([1, 2, 3], "ab"), ([1], "ab"), ([1, 2], [1, 2], [1]), ([1, 2], [1, 2], [1, 2, 3])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(e)
print(list(zip([1, 2, 3], "ab", strict=False)))
try:
    zip([1], bogus=True)
except TypeError as e:
    print(e)
