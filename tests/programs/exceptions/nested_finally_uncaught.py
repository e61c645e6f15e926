# Nested finally blocks run innermost first while the exception propagates out.
def inner():
    try:
        print("inner body")
        raise IndexError("list index out of range, by hand")
    finally:
        print("inner finally")

def outer():
    try:
        inner()
    finally:
        print("outer finally")

outer()
