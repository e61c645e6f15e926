# Format specs that do not fit the value raise ValueError or TypeError.
def attempt(f):
    try:
        print(f())
    except (ValueError, TypeError, KeyError, IndexError) as e:
        print(f"{type(e).__name__}: {e}")

attempt(lambda: f"{3.5:d}")
attempt(lambda: f"{'s':d}")
attempt(lambda: f"{'s':,}")
attempt(lambda: "%d" % "x")
attempt(lambda: "%s %s" % ("a",))
attempt(lambda: "%s" % ("a", "b"))
attempt(lambda: "{} {}".format(1))
attempt(lambda: "{x}".format(y=1))
attempt(lambda: f"{12:z}")
