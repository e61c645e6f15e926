# seeds/004_d0a714c7296f60be.txt, Part 6 Using a Mutable Container to Avoid nonlocal: state["count"] is mutated, never rebound (calls added).
def make_counter_v2():
    state = {"count": 0} # mutable dict - no nonlocal needed

    def increment():
        state["count"] += 1 # mutates the dict, does not rebind 'state'
        return state["count"]

    def reset():
        state["count"] = 0 # mutates the dict

    return increment, reset

increment, reset = make_counter_v2()
print(increment(), increment(), increment())
reset()
print(increment())
print(increment.__code__.co_freevars, increment.__closure__[0].cell_contents)
