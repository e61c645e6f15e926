f(a, b.c = 2)
