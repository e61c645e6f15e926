# seeds/000_27bc754d294148a3.txt, 39.18 Late Binding in Loops: module-level lambdas all read the final i.
funcs = []

for i in range(3):
    funcs.append(lambda: i)

print([f() for f in funcs])
