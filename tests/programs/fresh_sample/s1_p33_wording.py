# common operator errors
tests = [lambda: "ab" * "c", lambda: "n=" + 5, lambda: [1] + (2,), lambda: 5 + None,
         lambda: {} + {}, lambda: -[1], lambda: "abc"[1.5], lambda: None[0], lambda: len(3), lambda: 3 < "a"]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
