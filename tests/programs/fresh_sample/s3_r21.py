# zip strict with three iterables and a generator
def gen():
    yield from "ab"
try:
    print(list(zip([1, 2], gen(), (9, 8, 7), strict=True)))
except ValueError as e:
    print(e)
print(list(zip(*[[1, 2], [3, 4]], strict=True)))
