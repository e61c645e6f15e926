# The loop variable becomes a cell variable when a closure uses it.
def run():
    seen = []
    for word in ["a", "b", "c"]:
        seen.append(lambda: word)
        print("now", seen[-1]())
    return seen

fs = run()
print([f() for f in fs])
print(run.__code__.co_cellvars)
