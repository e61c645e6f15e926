# A dict in a cell works as mutable state without nonlocal.
def make_counter():
    state = {"n": 0}
    def inc():
        state["n"] += 1
        return state["n"]
    return inc

c = make_counter()
c()
c()
print(c())
print(c.__closure__[0].cell_contents)
