class M:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

def inner():
    with M():
        x = 1
        raise KeyError("k")

def outer():
    with M() as m, M():
        inner()

import dis
def shape(a, c):
    with a as b:
        print(b)
    with a, c as d:
        pass
    return 1
dis.dis(shape)
outer()
