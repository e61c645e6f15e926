# operator errors: argument counts, types, missing items and attributes
import operator as op

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("add one", lambda: op.add(1))
attempt("add three", lambda: op.add(1, 2, 3))
attempt("add types", lambda: op.add(1, "a"))
attempt("add kw", lambda: op.add(a=1, b=2))
attempt("neg none", lambda: op.neg())
attempt("neg str", lambda: op.neg("a"))
attempt("not two", lambda: op.not_(1, 2))
attempt("div zero", lambda: op.truediv(1, 0))
attempt("index float", lambda: op.index(1.5))
attempt("indexOf", lambda: op.indexOf([1, 2], 3))
attempt("concat int", lambda: op.concat(1, 2))
attempt("concat list int", lambda: op.concat([1], 2))
attempt("matmul", lambda: op.matmul(1, 2))
attempt("itemgetter none", lambda: op.itemgetter())
attempt("itemgetter int", lambda: op.itemgetter(1)(5))
attempt("itemgetter range", lambda: op.itemgetter(1)([1]))
attempt("itemgetter key", lambda: op.itemgetter("k")({}))
attempt("itemgetter two", lambda: op.itemgetter(1)([1, 2], 3))
attempt("attrgetter int", lambda: op.attrgetter(1))
attempt("attrgetter none", lambda: op.attrgetter())
attempt("attrgetter missing", lambda: op.attrgetter("x")(1))
attempt("methodcaller none", lambda: op.methodcaller())
attempt("methodcaller int", lambda: op.methodcaller(1))
attempt("methodcaller missing", lambda: op.methodcaller("nope")("a"))
attempt("len getter", lambda: len(op.itemgetter(1)))
attempt("getter attr", lambda: op.itemgetter(1).x)
attempt("set attribute", lambda: setattr(op.itemgetter(1), "x", 1))
