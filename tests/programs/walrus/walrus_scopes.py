# := binds like an assignment; in a comprehension it binds in the
# enclosing function (its variable becomes a cell) or the module.
if (n := 10) > 5:
    print("n is", n)

data = [1, 2, 3, 4]
while (item := data.pop()) > 2:
    print("popped", item)

def running_totals(xs):
    total = 0
    sums = [total := total + x for x in xs]
    return sums, total

print(running_totals([1, 2, 3]))
print(running_totals.__code__.co_cellvars)
print([c for c in running_totals.__code__.co_consts if hasattr(c, 'co_freevars')][0].co_freevars)

def first_big(xs):
    if any((big := x) > 10 for x in xs):
        return big
    return None
print(first_big([3, 12, 5]), first_big([1]))

ys = [y := i * i for i in range(4)]
print(ys, y)

def g():
    global gy
    [gy := k for k in "ab"]
g()
print(gy)

def make():
    fs = [lambda: w for w in range(2) if (last := w) >= 0]
    return last, [f() for f in fs]
print(make())
print((z := 5), z)
print([(q := j) + q for j in range(3)], q)
print(f"{(v := 7)} {v}")
