# A nonlocal counter compiles to LOAD_DEREF and STORE_DEREF.
import dis

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

dis.dis(make_counter())
