# seeds/000_27bc754d294148a3.txt, 39.9 Disassembling a Closure: dis.dis of outer (MAKE_CELL, LOAD_CLOSURE, MAKE_FUNCTION) and of inner (COPY_FREE_VARS, LOAD_DEREF).
import dis

def outer():
    x = 10

    def inner():
        return x

    return inner

dis.dis(outer)

fn = outer()
dis.dis(fn)
