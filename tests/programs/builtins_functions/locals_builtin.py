# locals(): a function's bound locals, cell and free variables (a snapshot); a class body's namespace; module globals.
def outer():
    x = 1
    unbound_later = None
    del unbound_later

    def inner():
        y = 2
        print(sorted(locals().items()))
        return x

    inner()
    snapshot = locals()
    x = 5
    print(sorted(snapshot), snapshot["x"], callable(snapshot["inner"]))


outer()


def params(a, *args, b=3, **kw):
    print(locals())


params(1, 2, c=4)


class K:
    n = 1
    print(sorted(k for k in locals() if not k.startswith("__")))


print(locals() is globals() or sorted(locals()) == sorted(globals()))


def late():
    print(locals())
    z = 1
    print(locals())


late()
