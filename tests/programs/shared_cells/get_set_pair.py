# Sibling closures made by the same call share one cell.
def make_box():
    value = 0
    def get():
        return value
    def set_value(v):
        nonlocal value
        value = v
    return get, set_value

get, set_value = make_box()
print(get())
set_value(10)
print(get())
print(get.__closure__[0] is set_value.__closure__[0])
get2, set2 = make_box()
set2(99)
print(get(), get2())
