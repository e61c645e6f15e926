f = lambda: 0
g = lambda x: x + 1
h = lambda x, y=2, *a, z, w=3, **k: (x, y, a, z, w, k)
i = lambda a, /, b: a
j = lambda *, k: k
adders = [lambda x, n=n: x + n for n in range(3)]
compose = lambda f, g: lambda x: f(g(x))
