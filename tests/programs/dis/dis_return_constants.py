# dis of returns as CPython 3.11 compiles them: a constant is loaded after leaving except blocks, a NOP keeps a line.
import dis


def classify(f):
    try:
        f()
    except NameError:
        return "name"
    except Exception:
        return -1
    return None


def both(a, b):
    if a and b:
        return 1


def multiline(x):
    return (
        x
    )


for fn in (classify, both, multiline):
    dis.dis(fn)
print(classify(lambda: undefined_name), classify(lambda: 1 / 0), classify(int)))
