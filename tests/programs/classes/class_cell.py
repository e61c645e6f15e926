# super() needs the implicit __class__ cell.
class Base:
    def hello(self):
        return "base"

class Child(Base):
    def hello(self):
        return "child of " + super().hello()

print(Child().hello())
print(Child.hello.__code__.co_freevars)
