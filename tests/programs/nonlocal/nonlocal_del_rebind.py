# nonlocal rebinding replaces the object in the cell; old references keep the old object.
def make():
    data = [1, 2]
    def replace():
        nonlocal data
        data = ["new"]
    def get():
        return data
    return replace, get

replace, get = make()
old = get()
replace()
print(old, get())
print(old is get())
