# Nested try blocks: the order in which handlers and finally blocks run.
def inner():
    try:
        print("inner try")
        raise KeyError("k")
    finally:
        print("inner finally")

try:
    inner()
except KeyError as e:
    print("outer except", repr(e))
finally:
    print("outer finally")
