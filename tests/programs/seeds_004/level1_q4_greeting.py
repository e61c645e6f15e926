# seeds/004_d0a714c7296f60be.txt, Level 1 Question 4: hello and hi hold different greeting cells.
def make_greeting(greeting):
    def greet(name):
        return f"{greeting}, {name}!"
    return greet

hello = make_greeting("Hello")
hi = make_greeting("Hi")

print(hello("Alice"))
print(hi("Bob"))
print(hello.__code__.co_freevars)
print(hello.__closure__[0].cell_contents)
