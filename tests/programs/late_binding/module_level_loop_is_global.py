# At module level the loop variable is a global: the lambdas have no closure.
fs = []
for i in range(3):
    fs.append(lambda: i)
print(fs[0].__closure__, fs[0].__code__.co_freevars)
print([f() for f in fs])
del i
try:
    fs[0]()
except NameError as e:
    print(type(e).__name__, e)
