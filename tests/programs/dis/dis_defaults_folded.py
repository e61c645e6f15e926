# dis of a function made with defaults: the defaults tuple folded to one constant, keyword-only defaults by BUILD_CONST_KEY_MAP.
import dis


def outer():
    def g(x=1, y="s", *, k=[1], m=2):
        return x

    def h(a, b=(1, 2), c=None):
        return a

    return g, h


dis.dis(outer)
g, h = outer()
print(g.__defaults__, g.__kwdefaults__, h.__defaults__)
