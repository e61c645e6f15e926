# introspecting late binding and fixing it by rewriting defaults
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
g = [lambda i=i: i for i in range(3)]
print([f() for f in g], [f.__defaults__ for f in g])
g[0].__defaults__ = (100,)
print(g[0](), fs[0].__closure__[0].cell_contents)
