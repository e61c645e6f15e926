# A function defined in a class body cannot see the class's names.
class Settings:
    limit = 10
    doubled = limit * 2

    def get_limit(self):
        return limit

print(Settings.doubled)
print(Settings.get_limit.__code__.co_freevars, Settings.get_limit.__code__.co_names)
print(Settings().get_limit())
