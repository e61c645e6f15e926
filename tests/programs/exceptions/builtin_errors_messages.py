# CPython's messages for errors the interpreter raises itself, all caught.
def attempt(f):
    try:
        f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

attempt(lambda: 1 / 0)
attempt(lambda: 10 % 0)
attempt(lambda: int("4x"))
attempt(lambda: "a" + 1)
attempt(lambda: [1][2])
attempt(lambda: {}["z"])
attempt(lambda: None.upper())
attempt(lambda: undefined_thing)
attempt(lambda: 2.0 ** 5000)
attempt(lambda: len(5))
attempt(lambda: next(iter([])))
attempt(lambda: hash([]))
