# seeds/000_27bc754d294148a3.txt, 39.20 Closures in Comprehensions (late binding): lambdas in a comprehension share the comprehension's x cell.
funcs = [lambda: x for x in range(3)]
print([f() for f in funcs])
