a = [x * 2 for x in range(10)]
b = {x for x in y if x if not x}
c = {k: v for k, v in d.items()}
d = (x for x in y for z in x if z)
e = sum(x for x in range(3))
f = [[i * j for j in range(3)] for i in range(3)]
h = list(x for x in y)
