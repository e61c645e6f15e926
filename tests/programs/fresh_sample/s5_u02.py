# += on a class attribute through an instance creates an instance attribute
class C:
    n = 0
    items = []
c = C()
c.n += 1
c.items += [1]
print(C.n, c.n, C.items, c.items is C.items, sorted(vars(c)))
