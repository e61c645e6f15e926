# seeds/000_27bc754d294148a3.txt, 39.19 Capturing Current Values With Defaults: lambda i=i: i keeps each iteration's value.
funcs = []

for i in range(3):
    funcs.append(lambda i=i: i)

print([f() for f in funcs])
