# A misspelt attribute on an instance: AttributeError with a suggestion.
class Robot:
    def __init__(self, name):
        self.name = name
        self.battery = 100

    def report(self):
        return f"{self.name}: {self.batery}"

r = Robot("r2")
print(r.battery)
print(r.report())
