# A name that is bound nowhere: NameError.
def greet():
    return "hello " + nmae

print("start")
print(greet())
