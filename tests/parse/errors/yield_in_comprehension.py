def f():
    x = [(yield) for a in b]
