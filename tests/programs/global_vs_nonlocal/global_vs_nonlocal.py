# global skips every enclosing function; nonlocal stops at the nearest one.
x = "module"

def outer():
    x = "outer"
    def use_global():
        global x
        x = "changed by global"
    def use_nonlocal():
        nonlocal x
        x = "changed by nonlocal"
    use_global()
    print("after global:", x)
    use_nonlocal()
    print("after nonlocal:", x)

outer()
print("module x:", x)
