# seeds/000_27bc754d294148a3.txt, 39.40 Reading Strategy: co_cellvars, co_freevars, __closure__, cell_contents and dis of outer and inner.
import dis

def outer():
    x = 10

    def inner():
        return x

    return inner

fn = outer()

print(outer.__code__.co_cellvars)
print(fn.__code__.co_freevars)
print(fn.__closure__)
print(fn.__closure__[0].cell_contents)

dis.dis(outer)
dis.dis(fn)
