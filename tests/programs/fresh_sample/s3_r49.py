# classmethod alternative constructors with super
class Animal:
    def __init__(self, name, sound): self.name, self.sound = name, sound
    @classmethod
    def dog(cls, name): return cls(name, "woof")
    def speak(self): return f"{self.name} says {self.sound}"
class Puppy(Animal):
    def speak(self): return super().speak() + "!"
print(Puppy.dog("rex").speak(), type(Puppy.dog("a")).__name__)
