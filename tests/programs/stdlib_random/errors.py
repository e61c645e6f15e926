# random errors: empty sequences, empty ranges, bad arguments
import random

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("choice empty", lambda: random.choice([]))
attempt("randrange 0", lambda: random.randrange(0))
attempt("randrange empty", lambda: random.randrange(5, 1))
attempt("randrange step 0", lambda: random.randrange(1, 10, 0))
attempt("randrange empty step", lambda: random.randrange(1, 10, -1))
attempt("randrange str", lambda: random.randrange("a"))
attempt("randint float", lambda: random.randint(1.5, 3))
attempt("sample big", lambda: random.sample([1], 2))
attempt("sample negative", lambda: random.sample([1], -1))
attempt("sample set", lambda: random.sample({1, 2}, 1))
attempt("sample counts", lambda: random.sample([1, 2], counts=[1], k=1))
attempt("getrandbits negative", lambda: random.getrandbits(-1))
attempt("seed list", lambda: random.seed([1]))
attempt("choices weights", lambda: random.choices([1, 2], [1]))
attempt("choices k", lambda: random.choices([1], 3))
attempt("choices both", lambda: random.choices([1], [1], cum_weights=[1]))
attempt("choices zero", lambda: random.choices([1], [0]))
attempt("setstate", lambda: random.setstate((2, (), None)))
