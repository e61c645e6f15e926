# seeds/000_27bc754d294148a3.txt, 39.32 Closures and del (broken version): `def read:` without parentheses is a SyntaxError.
def outer():
    x = 1

    def delete():
        nonlocal x
        del x

    def read:
        return x

    return read, delete
