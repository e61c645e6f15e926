# seeds/000_27bc754d294148a3.txt, 39.32 Closures and del (corrected version): delete() empties the shared cell; the final read() raises NameError.
def outer():
    x = 1

    def delete():
        nonlocal x
        del x

    def read():
        return x

    return read, delete

read, delete = outer()
print(read())
delete()
print(read())
