# A class body is not an enclosing scope for its methods.
x = "global"

class C:
    x = "class attribute"
    def method(self):
        return x

print(C().method())
print(C.x)
