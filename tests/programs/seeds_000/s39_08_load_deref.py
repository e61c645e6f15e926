# seeds/000_27bc754d294148a3.txt, 39.8 LOAD_DEREF: inner reads x with LOAD_DEREF, not LOAD_FAST (shown with dis.dis).
import dis

def outer():
    x = 10

    def inner():
        return x

    return inner

dis.dis(outer())
