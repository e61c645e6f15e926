# Writing cell_contents refills an emptied cell; the closure sees it.
def outer():
    x = 1
    def inner():
        return x
    del x
    return inner

f = outer()
try:
    f()
except NameError as e:
    print("before:", e)
f.__closure__[0].cell_contents = "refilled"
print("after:", f())
