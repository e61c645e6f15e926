# Single inheritance: lookup goes child first, then base; overriding and extending.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"

class Cat(Animal):
    sound = "meow"

    def kind(self):
        return "cat, an " + Animal.kind(self)

class Kitten(Cat):
    def speak(self):
        return Cat.speak(self).upper()

for pet in [Animal("x"), Cat("tom"), Kitten("kit")]:
    print(pet.speak(), "|", pet.kind())
print(Kitten.__bases__[0].__name__, Cat.__bases__[0].__name__)
