# UnboundLocalError raised three frames deep.
def a():
    return b()

def b():
    return c()

def c():
    value = value + 1
    return value

a()
