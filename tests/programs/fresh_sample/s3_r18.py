# slice assignment and deletion with slice objects
xs = list(range(10))
s = slice(2, 8, 2)
xs[s] = ["a", "b", "c"]
print(xs)
del xs[slice(None, None, 3)]
print(xs, xs[slice(-2, None)])
try:
    xs[slice(0, 4, 2)] = [1]
except ValueError as e:
    print(e)
