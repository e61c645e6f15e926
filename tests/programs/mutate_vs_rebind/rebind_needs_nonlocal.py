# items = items + [x] rebinds, and so fails without nonlocal; items += [x] too.
def make_collector():
    items = []
    def add(x):
        items = items + [x]
        return items
    return add

add = make_collector()
try:
    add(1)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(add.__code__.co_varnames, add.__code__.co_freevars)
