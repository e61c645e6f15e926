# Forgetting self: the call passes one positional argument too many.
class Greeter:
    def greet():
        return "hi"

g = Greeter()
print(Greeter.greet())
print(g.greet())
