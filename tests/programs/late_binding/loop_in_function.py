# Inside a function, the loop variable is one cell shared by every closure.
def make_all():
    result = []
    for n in range(4):
        def show():
            return n
        result.append(show)
    return result

fs = make_all()
print([f() for f in fs])
print(make_all.__code__.co_cellvars)
print(len({id(f.__closure__[0]) for f in fs}))
