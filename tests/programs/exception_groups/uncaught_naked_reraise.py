# A naked exception caught by except* and re-raised leaves as a group.
def inner():
    raise ValueError("naked")

def outer():
    try:
        inner()
    except* ValueError as e:
        print("caught", repr(e))
        raise

outer()
