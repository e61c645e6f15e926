# Stacked decorators apply bottom-up and run top-down.
def tag(name):
    def decorator(func):
        def wrapper(*args):
            return f"<{name}>" + func(*args) + f"</{name}>"
        return wrapper
    return decorator

@tag("b")
@tag("i")
def text(s):
    return s

print(text("hello"))

def text2(s):
    return s
text2 = tag("b")(tag("i")(text2))
print(text2("same"))
