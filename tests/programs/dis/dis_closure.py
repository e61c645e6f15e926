# dis shows MAKE_CELL, LOAD_CLOSURE and MAKE_FUNCTION (closure) in the outer function.
import dis

def outer():
    x = 1
    def inner():
        return x
    return inner

dis.dis(outer)
