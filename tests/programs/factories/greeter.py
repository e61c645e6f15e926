# A factory that captures a string and a punctuation choice.
def make_greeter(greeting, punct="!"):
    def greet(name):
        return f"{greeting}, {name}{punct}"
    return greet

hello = make_greeter("Hello")
bonjour = make_greeter("Bonjour", "?")
print(hello("Ada"))
print(bonjour("Alan"))
print(make_greeter("Hi", punct=".")("Grace"))
