# Reading a global needs no declaration; only rebinding does.
rate = 3

def scale(x):
    return x * rate

print(scale(5))
rate = 10
print(scale(5))
