# A cell is created at function entry, empty until the first assignment.
def outer(flag):
    def inner():
        return value
    if flag:
        value = "set"
    return inner

print(outer(True)())
g = outer(False)
print(g.__code__.co_freevars)
try:
    g()
except NameError as e:
    print(type(e).__name__ + ":", e)
