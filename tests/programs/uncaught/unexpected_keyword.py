# Passing a keyword the function does not have.
def greet(name, greeting="hello"):
    return f"{greeting} {name}"

print(greet("ada", greeting="hi"))
greet("ada", salutation="hi")
