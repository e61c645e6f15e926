# __eq__ returning NotImplemented falls back
class A:
    def __eq__(self, o):
        print("A.__eq__"); return NotImplemented
class B:
    def __eq__(self, o):
        print("B.__eq__"); return NotImplemented
print(A() == B())
a = A()
print(a == a, a != a)
