# A for loop over a list sees items appended during the loop; an ended
# list iterator stays ended whatever is appended later.
xs = [1, 2, 3]
out = []
for x in xs:
    out.append(x)
    if x == 2:
        xs.append(4)
print(out, xs)
ys = [1, 2, 3]
for y in ys:
    if y == 1:
        ys.remove(1)
    print("y", y)
it = iter([5, 6])
print(list(it))
lst = [7]
it = iter(lst)
print(list(it))
lst.append(8)
print(list(it), next(it, "done"))
for t in (1, "a", None, [2]):
    print(repr(t))
def gen(seq):
    for s in seq:
        yield s * 2
print(list(gen([1, 2, 3])), list(gen((4, 5))))
acc = []
for a, b in [(1, 2), (3, 4)]:
    acc.append(a + b)
print(acc)
for z in []:
    print("never")
print([w for w in [3, 1, 2] if w > 1])
total = 0
fs = [lambda i=i: i for i in range(5)]
for f in fs:
    total += f()
print(total)
lst2 = [1, 2, 3]
for v in lst2:
    lst2.clear()
    print("v", v)
