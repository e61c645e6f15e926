import dis
def t(e):
    try:
        pass
    except e:
        pass
def u(a):
    with a:
        pass
def v(a):
    with a:
        x = 1
        pass
dis.dis(t); dis.dis(u); dis.dis(v)
