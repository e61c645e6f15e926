# Inside a class, `self.__missing` is looked up as `_Vault__missing`, and
# the error names the mangled attribute.
class Vault:
    def __init__(self):
        self.__code = 1234

    def peek(self):
        return self.__code

    def missing(self):
        return self.__missing


v = Vault()
print(v.peek())
print(hasattr(v, "__code"), hasattr(v, "_Vault__code"))
v.missing()
