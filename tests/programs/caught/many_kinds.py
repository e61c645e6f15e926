# Catch one error of each kind and print its type and message.
def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("divide", lambda: 1 / 0)
attempt("int", lambda: int("seven"))
attempt("key", lambda: {}["missing"])
attempt("index", lambda: [][0])
attempt("attr", lambda: (5).nope)
attempt("name", lambda: undefined_name)
attempt("type", lambda: len(5))
attempt("call", lambda: (lambda a: a)())
attempt("float", lambda: float("abc"))
attempt("unpack", lambda: [a for a, b in [(1, 2, 3)]])
