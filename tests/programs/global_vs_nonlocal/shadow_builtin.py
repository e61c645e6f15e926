# Names fall back to builtins last: a global can shadow len.
def count(xs):
    return len(xs)

print(count([1, 2, 3]))
len = lambda xs: "shadowed"
print(count([1, 2, 3]))
del len
print(count([1, 2, 3]))
