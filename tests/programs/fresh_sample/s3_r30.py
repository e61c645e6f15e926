# wording of TypeErrors in string building
pieces = [("total: " + str(5)), "x" * 3]
print(pieces)
for bad in [lambda: "total: " + 5, lambda: "ab" * 2.5, lambda: [1, 2] * [2], lambda: 3 * "a" * "b", lambda: ", ".join([1, 2])]:
    try:
        bad()
    except TypeError as e:
        print(e)
