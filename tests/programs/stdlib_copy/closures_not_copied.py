# a deep copy of a closure is the same function: its cells are shared, not copied
import copy

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

inc = make_counter()
inc()
registry = {"counter": inc, "history": [inc]}
clone = copy.deepcopy(registry)
print(clone["counter"] is inc, clone["history"][0] is inc, clone["history"] is registry["history"])
print(clone["counter"](), inc(), inc.__closure__[0].cell_contents)
print(copy.copy(make_counter) is make_counter, copy.deepcopy(len) is len, copy.deepcopy(int) is int)
def gen():
    yield 1
for thing in [gen(), inc.__closure__[0]]:
    try:
        copy.deepcopy(thing)
    except TypeError as e:
        print(e)
