# A with target binds like an assignment: local, cell when captured,
# global with `global`; several items, parenthesized items.
class Box:
    def __init__(self, v):
        self.v = v
    def __enter__(self):
        return self.v
    def __exit__(self, *exc):
        return None

def make():
    with Box(10) as n:
        def get():
            return n
    return get

print(make()())
print(make.__code__.co_cellvars, make()().__class__.__name__)

total = 0
def bump():
    global total
    with Box(5) as total:
        pass
bump()
print(total)

nested = [Box(i) for i in range(3)]
with nested[0] as a, nested[1] as b, nested[2] as c:
    print(a, b, c)
with (Box("x") as x,
      Box("y") as y):
    print(x + y)
