# dis of the inner function: COPY_FREE_VARS and LOAD_DEREF.
import dis

def make_adder(n):
    def add(x):
        return x + n
    return add

dis.dis(make_adder(3))
