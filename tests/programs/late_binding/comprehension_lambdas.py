# In a comprehension, the lambdas share the comprehension's one cell for i.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
print(fs[0].__closure__[0] is fs[2].__closure__[0])
print(fs[0].__closure__[0].cell_contents)
