# zip strict in a data check
names = ["a", "b", "c"]
scores = [1, 2]
try:
    for n, s in zip(names, scores, strict=True):
        print(n, s)
except ValueError as e:
    print("ValueError:", e)
print(dict(zip(names, [1, 2, 3], strict=True)))
