# Module-level functions and functions that use only globals have no closure.
g = 5
def uses_global():
    return g

def outer():
    def inner():
        return g
    return inner

print(uses_global.__closure__, uses_global.__code__.co_freevars)
print(outer().__closure__, outer.__code__.co_cellvars)
