# Class attributes are shared until an instance assignment shadows them.
class Dog:
    species = "canis"
    tricks = []

    def __init__(self, name):
        self.name = name

    def add_trick(self, trick):
        self.tricks.append(trick)

a, b = Dog("rex"), Dog("fido")
a.add_trick("sit")
b.add_trick("roll")
print(a.tricks, b.tricks is Dog.tricks)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "dog"
print(a.species, b.species)
del a.species
print(a.species)
print(hasattr(a, "name"), hasattr(Dog, "name"), getattr(b, "age", None))
setattr(b, "age", 3)
print(b.age)
