funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
fixed = [lambda i=i: i for i in range(3)]
def factory(i):
    return lambda: i
made = [factory(i) for i in range(3)]
import functools
parts = [functools.partial(lambda i: i, i) for i in range(3)]
