# A bare raise re-raises the exception being handled.
def risky():
    try:
        return int("nope")
    except ValueError:
        print("logging and re-raising")
        raise

try:
    risky()
except ValueError as e:
    print("outer caught:", e)
