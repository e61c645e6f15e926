# Building handlers in a loop: default-argument fix vs the shared loop cell.
ops = {}
for name, k in [("double", 2), ("triple", 3), ("tenfold", 10)]:
    ops[name] = lambda x, k=k: x * k
print({name: f(5) for name, f in ops.items()})

broken = {}
for name, k in [("double", 2), ("triple", 3), ("tenfold", 10)]:
    broken[name] = lambda x: x * k
print({name: f(5) for name, f in broken.items()})
