# Naming __class__ (or super) in a method creates the __class__ cell; other methods have none.
class Base:
    def who(self):
        return __class__.__name__

    def plain(self):
        return type(self).__name__

class Derived(Base):
    def who(self):
        return "D/" + super().who()

print(Base().who(), Derived().who(), Derived().plain())
print(Base.who.__code__.co_freevars, Base.plain.__code__.co_freevars)
print(Derived.who.__code__.co_freevars)
print(Base.plain.__closure__, len(Derived.who.__closure__))
