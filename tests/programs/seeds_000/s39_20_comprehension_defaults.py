# seeds/000_27bc754d294148a3.txt, 39.20 Closures in Comprehensions (defaults): lambda x=x: x captures each value.
funcs = [lambda x=x: x for x in range(3)]
print([f() for f in funcs])
